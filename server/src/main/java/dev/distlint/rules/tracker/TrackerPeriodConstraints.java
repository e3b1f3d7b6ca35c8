package dev.distlint.rules.tracker;

import dev.distlint.base.Fix;
import dev.distlint.facts.state.Options;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExWalker;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Phoenix.Tracker (and Presence) periods out of the order the library requires:
 * {@code down_period >= 2 * broadcast_period} and {@code permdown_period > down_period}.
 */
public final class TrackerPeriodConstraints implements Rule {
  static final long BROADCAST = 1_500;
  static final long SILENT = 10;
  static final long PERMDOWN = 1_200_000;

  @Override
  public String id() {
    return "tracker-period-constraints";
  }

  @Override
  public void check(RuleContext ctx) {
    ExWalker.walk(ElixirViews.ast(ctx.file()), (node, path) -> {
      if (node instanceof ExList list && isTrackerOptions(list)) {
        judge(ctx, list);
      }
      return true;
    });
  }

  private static boolean isTrackerOptions(ExList list) {
    return !list.items().isEmpty() && list.isKeywordList()
        && (list.keyword("down_period").isPresent() || list.keyword("permdown_period").isPresent()
            || list.keyword("broadcast_period").isPresent()
            && list.keyword("pubsub_server").isPresent());
  }

  private static void judge(RuleContext ctx, ExList list) {
    boolean complete = Options.complete(list);
    OptionalLong b = value(ctx, list, "broadcast_period", BROADCAST, complete);
    OptionalLong silent = value(ctx, list, "max_silent_periods", SILENT, complete);
    Optional<ExNode> downNode = list.keywordValue("down_period");
    OptionalLong down = downNode.isPresent() ? ElixirViews.integer(ctx.file(), downNode.get())
        : b.isPresent() && silent.isPresent() && complete
            ? OptionalLong.of(b.getAsLong() * silent.getAsLong() * 2) : OptionalLong.empty();
    OptionalLong perm = value(ctx, list, "permdown_period", PERMDOWN, complete);
    if (b.isPresent() && down.isPresent() && down.getAsLong() < 2 * b.getAsLong()) {
      ExNode at = downNode.orElse(list.keywordValue("broadcast_period").orElse(null));
      if (at != null) {
        var r = ctx.at(at.range(), "down_period " + down.getAsLong() + " ms is less than twice"
            + " broadcast_period " + b.getAsLong() + " ms; replicas are marked down between"
            + " two heartbeats.");
        long fixed = b.getAsLong() * (silent.isPresent() ? silent.getAsLong() : SILENT) * 2;
        if (downNode.isPresent() && (perm.isEmpty() || perm.getAsLong() > fixed)) {
          r.fix(new Fix("Set down_period to " + fixed + " (broadcast_period × max_silent_periods"
              + " × 2, the library's default)", List.of(new Fix.FileEdit(ctx.file().path(),
              downNode.get().range(), underscored(fixed))), false));
        }
        r.emit();
      }
    }
    if (down.isPresent() && perm.isPresent() && perm.getAsLong() <= down.getAsLong()) {
      ExNode at = list.keywordValue("permdown_period").orElse(downNode.orElse(null));
      if (at != null) {
        ctx.report(at.range(), "permdown_period " + perm.getAsLong() + " ms is not greater than"
            + " down_period " + down.getAsLong() + " ms; a replica's state is discarded before"
            + " it could come back from a temporary split.");
      }
    }
  }

  /** An integer as Elixir code writes large ones: 30_000. */
  static String underscored(long n) {
    String digits = Long.toString(n);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append('_');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }

  /** The written integer, or the default when the key is absent from a complete list. */
  private static OptionalLong value(RuleContext ctx, ExList list, String key, long dflt,
      boolean complete) {
    Optional<ExNode> v = list.keywordValue(key);
    if (v.isPresent()) {
      return ElixirViews.integer(ctx.file(), v.get());
    }
    return complete ? OptionalLong.of(dflt) : OptionalLong.empty();
  }
}
