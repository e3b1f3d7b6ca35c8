package dev.distlint.rules.delta;

import dev.distlint.facts.state.CrdtSpecs;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.ExWalker;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/** A delta-CRDT sync interval far from the range where convergence and cost balance. */
public final class DeltaCrdtSyncIntervalExtreme implements Rule {

  @Override
  public String id() {
    return "delta-crdt-sync-interval-extreme";
  }

  @Override
  public void check(RuleContext ctx) {
    Set<ExNode> seen = new LinkedHashSet<>();
    for (ExList list : optionLists(ctx)) {
      list.keyword("sync_interval").map(ExPair::value).filter(seen::add)
          .ifPresent(v -> judge(ctx, v));
    }
  }

  private static void judge(RuleContext ctx, ExNode value) {
    OptionalLong ms = ElixirViews.integer(ctx.file(), value);
    if (ms.isEmpty()) {
      return;
    }
    long v = ms.getAsLong();
    if (v < ctx.params().longValue("min-ms")) {
      ctx.report(value.range(), "sync_interval " + v + " ms syncs every neighbour more than "
          + (1000 / Math.max(v, 1)) + " times a second.");
    } else if (v > ctx.params().longValue("max-ms")) {
      ctx.report(value.range(), "sync_interval " + v + " ms leaves nodes disagreeing for up to "
          + (v / 1000.0) + " s after each change.");
    }
  }

  /** DeltaCrdt options, and every {@code delta_crdt_options:} list (Horde, config). */
  private static List<ExList> optionLists(RuleContext ctx) {
    List<ExList> out = new ArrayList<>();
    for (CrdtSpecs.Spec s : CrdtSpecs.of(ctx.file())) {
      if (s.options() != null) {
        out.add(s.options());
      }
    }
    ExWalker.walk(ElixirViews.ast(ctx.file()), (node, path) -> {
      if (node instanceof ExPair p && "delta_crdt_options".equals(p.keyName())
          && p.value() instanceof ExList l) {
        out.add(l);
      }
      return true;
    });
    return out;
  }
}
