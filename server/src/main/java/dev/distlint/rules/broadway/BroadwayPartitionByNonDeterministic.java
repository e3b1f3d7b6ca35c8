package dev.distlint.rules.broadway;

import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ElixirFile;
import dev.distlint.syntax.elixir.ExBinary;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExFn;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.ExUnary;
import dev.distlint.syntax.elixir.ExVar;
import dev.distlint.syntax.elixir.ExWalker;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Broadway {@code partition_by:} function that does not map the same message to the same
 * partition: it calls {@code :rand}, {@code Enum.random}, {@code make_ref/0}, {@code self/0} or
 * a unique-integer source. A capture {@code &partition/1} is followed to the local function.
 */
public final class BroadwayPartitionByNonDeterministic implements Rule {
  private static final Set<String> RANDOM = Set.of("make_ref", "self", "Kernel.self",
      "Kernel.make_ref", "Enum.random", "System.unique_integer", ":erlang.unique_integer",
      ":crypto.strong_rand_bytes", ":erlang.make_ref", "Ecto.UUID.generate", "UUID.uuid4");

  @Override
  public String id() {
    return "broadway-partition-by-non-deterministic";
  }

  @Override
  public void check(RuleContext ctx) {
    if (!ctx.file().text().contains("Broadway")) {
      return;
    }
    ElixirFile root = ElixirViews.ast(ctx.file());
    for (ExPair p : ExWalker.findAll(root, ExPair.class)) {
      if (!"partition_by".equals(p.keyName())) {
        continue;
      }
      for (ExNode body : bodies(root, p.value())) {
        for (ExCall c : ExWalker.findAll(body, ExCall.class)) {
          if (RANDOM.contains(c.name()) || c.name().startsWith(":rand.")) {
            ctx.report(c.range(), "partition_by calls " + c.name() + ": the same key can land"
                + " in a different partition each time, so per-key ordering is lost.");
          }
        }
      }
    }
  }

  /** The code that computes the partition: the fn itself, or the local functions a capture names. */
  private static List<ExNode> bodies(ElixirFile root, ExNode value) {
    List<ExNode> out = new ArrayList<>();
    if (value instanceof ExFn fn) {
      out.add(fn);
    } else if (value instanceof ExUnary u && u.op().equals("&")) {
      String name = captured(u.operand());
      if (name == null) {
        out.add(u);
        return out;
      }
      for (ExCall def : ExWalker.findAll(root, ExCall.class)) {
        if ((def.name().equals("def") || def.name().equals("defp")) && !def.args().isEmpty()
            && name.equals(functionName(def.args().get(0))) && def.doBlock() != null) {
          out.add(def.doBlock());
        }
      }
    }
    return out;
  }

  /** {@code partition/1} or {@code __MODULE__.partition/1} in a capture, as a local name. */
  private static String captured(ExNode operand) {
    if (operand instanceof ExBinary b && b.op().equals("/")) {
      ExNode f = b.left();
      if (f instanceof ExVar v) {
        return v.name();
      }
      if (f instanceof ExCall c && c.args().isEmpty()
          && (c.receiver() == null || c.receiver() instanceof ExVar m
              && m.name().equals("__MODULE__"))) {
        return c.localName();
      }
    }
    return null;
  }

  private static String functionName(ExNode head) {
    ExNode h = head instanceof ExBinary b && b.op().equals("when")
        ? b.left() : head;
    return h instanceof ExCall c && c.receiver() == null ? c.name()
        : h instanceof ExVar v ? v.name() : null;
  }
}
