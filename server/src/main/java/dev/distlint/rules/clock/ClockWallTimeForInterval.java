package dev.distlint.rules.clock;

import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExBinary;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExVar;
import dev.distlint.syntax.elixir.ExWalker;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A duration measured with the wall clock inside one function: a variable bound to
 * {@code System.system_time/1} (or {@code DateTime.utc_now/0} and the like) is later subtracted
 * from another wall-clock reading, directly or through {@code DateTime.diff/3}.
 */
public final class ClockWallTimeForInterval implements Rule {
  private static final Set<String> WALL = Set.of("System.system_time", "System.os_time",
      ":os.system_time", ":erlang.system_time", "DateTime.utc_now", "NaiveDateTime.utc_now");
  private static final Set<String> DIFFS = Set.of("DateTime.diff", "NaiveDateTime.diff");

  private record Binding(String name, int offset, boolean wall, String source) {
  }

  @Override
  public String id() {
    return "clock-wall-time-for-interval";
  }

  @Override
  public void check(RuleContext ctx) {
    for (ExCall def : ExWalker.findAll(ElixirViews.ast(ctx.file()), ExCall.class)) {
      if ((def.name().equals("def") || def.name().equals("defp")) && def.receiver() == null
          && def.doBlock() != null) {
        checkFunction(ctx, def.doBlock());
      }
    }
  }

  private static void checkFunction(RuleContext ctx, ExNode body) {
    List<Binding> bindings = new ArrayList<>();
    ExWalker.walk(body, (node, path) -> {
      if (node instanceof ExBinary b && b.op().equals("=") && b.left() instanceof ExVar v) {
        String source = wallCall(b.right());
        bindings.add(new Binding(v.name(), b.range().end(), source != null, source));
      }
      return !(node instanceof ExCall c && (c.name().equals("def") || c.name().equals("defp")));
    });
    if (bindings.stream().noneMatch(Binding::wall)) {
      return;
    }
    ExWalker.walk(body, (node, path) -> {
      ExNode later = null;
      ExNode earlier = null;
      if (node instanceof ExBinary b && b.op().equals("-")) {
        later = b.left();
        earlier = b.right();
      } else if (node instanceof ExCall c && DIFFS.contains(c.name()) && c.args().size() >= 2) {
        later = c.args().get(0);
        earlier = c.args().get(1);
      }
      Binding start = earlier == null ? null : wallVar(bindings, earlier);
      String now = later == null ? null : wallCall(later);
      if (now == null && later != null && wallVar(bindings, later) != null) {
        now = wallVar(bindings, later).source();
      }
      if (start != null && now != null) {
        ctx.report(node.range(), "Elapsed time from the wall clock: " + start.name()
            + " comes from " + start.source() + " and is subtracted from " + now
            + "; the wall clock can jump or run backwards. Measure with System.monotonic_time/1.");
      }
      return true;
    });
  }

  /** The wall-clock function a call reads, or null. */
  private static String wallCall(ExNode node) {
    return node instanceof ExCall c && WALL.contains(c.name()) ? c.name() : null;
  }

  /** The binding a variable refers to at its use, when it holds a wall-clock reading. */
  private static Binding wallVar(List<Binding> bindings, ExNode node) {
    if (!(node instanceof ExVar v)) {
      return null;
    }
    Binding last = null;
    for (Binding b : bindings) {
      if (b.name().equals(v.name()) && b.offset() <= v.range().start()) {
        last = b;
      }
    }
    return last != null && last.wall() ? last : null;
  }
}
