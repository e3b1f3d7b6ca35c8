package dev.distlint.rules.cast;

import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExBinary;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExClause;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExTuple;
import dev.distlint.syntax.elixir.ExVar;
import dev.distlint.syntax.elixir.ExWalker;
import java.util.List;
import java.util.Set;

/**
 * Fire-and-forget messages to another node: {@code GenServer.cast({name, node}, msg)} or
 * {@code :rpc.cast/4}/{@code :erpc.cast/4}, unless the node is written as {@code node()}.
 * {@code {:global, name}} and {@code {:via, ...}} targets are not node tuples.
 */
public final class CastAcrossNodes implements Rule {
  private static final Set<String> RPC_CASTS = Set.of(":rpc.cast", ":erpc.cast");
  private static final Set<String> NOT_NODE_TUPLES = Set.of("global", "via");
  private static final Set<String> LOCAL = Set.of("node", "Node.self", "Kernel.node");

  @Override
  public String id() {
    return "cast-across-nodes";
  }

  @Override
  public void check(RuleContext ctx) {
    ExWalker.walk(ElixirViews.ast(ctx.file()), (n, path) -> {
      ExNode node = n instanceof ExCall c ? target(c) : null;
      if (node != null && !isLocal(node, path)) {
        ExCall c = (ExCall) n;
        ctx.report(c.nameRange(), c.name() + " to node " + ctx.file().slice(node.range())
            + " sends without any acknowledgement: nothing tells the caller whether the"
            + " message arrived or was handled.");
      }
      return true;
    });
  }

  /** The node expression a cast is sent to, or null when it is not a remote cast. */
  private static ExNode target(ExCall c) {
    if (c.name().equals("GenServer.cast") && c.args().size() == 2
        && c.args().get(0) instanceof ExTuple t && t.items().size() == 2
        && t.items().get(0).asAtomName().filter(NOT_NODE_TUPLES::contains).isEmpty()
        && (t.items().get(0).asAtomName().isPresent() || t.items().get(0).asAliasName().isPresent()
            || t.items().get(0) instanceof ExVar v && v.name().equals("__MODULE__"))) {
      return t.items().get(1);
    }
    if (RPC_CASTS.contains(c.name()) && c.args().size() == 4) {
      return c.args().get(0);
    }
    return null;
  }

  private static boolean isLocal(ExNode node, List<ExNode> path) {
    return isLocalCall(node) || node instanceof ExVar g && guardedLocal(g.name(), path)
        || node instanceof ExVar v && v.name().equals("node") && !boundInFunction(path)
        || node.isMissing();
  }

  private static boolean isLocalCall(ExNode n) {
    return n instanceof ExCall c && LOCAL.contains(c.name()) && c.args().isEmpty();
  }

  /**
   * Whether the enclosing function clause's guard says the variable is this node
   * ({@code when node == node()}): the clause then only runs for local casts.
   */
  private static boolean guardedLocal(String var, List<ExNode> path) {
    for (int i = path.size() - 1; i >= 0; i--) {
      if (path.get(i) instanceof ExCall def && (def.name().equals("def")
          || def.name().equals("defp")) && def.receiver() == null) {
        if (def.args().isEmpty() || !(def.args().get(0) instanceof ExBinary when)
            || !when.op().equals("when")) {
          return false;
        }
        boolean[] found = {false};
        ExWalker.walk(when.right(), (n, p) -> {
          if (n instanceof ExBinary b && (b.op().equals("==") || b.op().equals("==="))) {
            found[0] |= isVar(b.left(), var) && isLocalCall(b.right())
                || isVar(b.right(), var) && isLocalCall(b.left());
          }
          return !found[0];
        });
        return found[0];
      }
    }
    return false;
  }

  private static boolean isVar(ExNode n, String name) {
    return n instanceof ExVar v && v.name().equals(name);
  }

  /**
   * Whether the enclosing function binds a variable {@code node} (a parameter, a generator or a
   * match); otherwise a bare {@code node} is the call {@code node()}.
   */
  private static boolean boundInFunction(List<ExNode> path) {
    for (int i = path.size() - 1; i >= 0; i--) {
      if (path.get(i) instanceof ExCall def && (def.name().equals("def")
          || def.name().equals("defp")) && def.receiver() == null) {
        return bindsNode(def);
      }
    }
    return false;
  }

  private static boolean bindsNode(ExCall def) {
    boolean[] found = {!def.args().isEmpty() && mentionsNode(def.args().get(0))};
    ExWalker.walk(def, (n, path) -> {
      found[0] |= n instanceof ExBinary b && (b.op().equals("<-") || b.op().equals("="))
          && mentionsNode(b.left())
          || n instanceof ExClause c && c.head().stream().anyMatch(CastAcrossNodes::mentionsNode);
      return !found[0];
    });
    return found[0];
  }

  private static boolean mentionsNode(ExNode pattern) {
    return ExWalker.findAll(pattern, ExVar.class).stream().anyMatch(v -> v.name().equals("node"));
  }
}
