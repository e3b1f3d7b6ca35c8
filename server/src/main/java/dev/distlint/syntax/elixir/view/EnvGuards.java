package dev.distlint.syntax.elixir.view;

import dev.distlint.syntax.elixir.ElixirFile;
import dev.distlint.syntax.elixir.ExBinary;
import dev.distlint.syntax.elixir.ExBlock;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExClause;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.ExUnary;
import dev.distlint.syntax.elixir.ExVar;
import dev.distlint.syntax.elixir.ExWalker;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Answers "can this environment read be nil here?": a read of variable X sits behind a guard
 * when it only runs once X is known to be set. Guards are an {@code if}/{@code unless} whose
 * condition tests X (the branch that runs when it is set), a {@code cond} clause or
 * {@code case} on X other than a {@code nil} clause, the right side of {@code &&}/{@code and}
 * whose left side tests X, and the body of a {@code with} whose clauses read X. A condition tests
 * X when it reads X directly or through a variable bound to such a read.
 */
public final class EnvGuards {
  private static final Set<String> READS =
      Set.of("System.get_env", "System.fetch_env", "System.fetch_env!");

  private EnvGuards() {
  }

  /** True when {@code read} (a node of {@code file}) runs only when {@code variable} is set. */
  public static boolean guarded(ElixirFile file, ExNode read, String variable) {
    List<ExNode> path = pathTo(file.root(), read);
    if (path == null) {
      return false;
    }
    Variables vars = new Variables(file);
    for (int i = path.size() - 1; i >= 0; i--) {
      ExNode child = i + 1 < path.size() ? path.get(i + 1) : read;
      ExNode grandChild = i + 2 < path.size() ? path.get(i + 2) : read;
      if (guards(path.get(i), child, grandChild, variable, vars)) {
        return true;
      }
    }
    return false;
  }

  private static boolean guards(ExNode node, ExNode child, ExNode grandChild, String variable,
      Variables vars) {
    if (node instanceof ExBinary b && (b.op().equals("&&") || b.op().equals("and"))) {
      return child == b.right() && tests(b.left(), variable, vars) == Test.SET;
    }
    if (!(node instanceof ExCall c) || c.receiver() != null) {
      return false;
    }
    switch (c.name()) {
      case "if", "unless" -> {
        Test t = c.args().isEmpty() ? Test.NONE : tests(c.args().get(0), variable, vars);
        String branch = branch(child, grandChild);
        if (t == Test.NONE || branch == null) {
          return false;
        }
        boolean thenBranch = branch.equals("do") == c.name().equals("if");
        return thenBranch == (t == Test.SET);
      }
      case "cond" -> {
        return grandChild instanceof ExClause cl && !cl.head().isEmpty()
            && tests(cl.head().get(0), variable, vars) == Test.SET;
      }
      case "case" -> {
        return !c.args().isEmpty() && tests(c.args().get(0), variable, vars) != Test.NONE
            && grandChild instanceof ExClause cl && !cl.head().isEmpty()
            && cl.head().get(0).asAtomName().map(a -> !a.equals("nil")).orElse(true);
      }
      case "with" -> {
        return child instanceof ExBlock blk && "do".equals(blk.label())
            && c.args().stream().anyMatch(a -> tests(a, variable, vars) != Test.NONE);
      }
      default -> {
        return false;
      }
    }
  }

  private enum Test { SET, UNSET, NONE }

  /** Whether {@code cond} is true when the variable is set, when it is unset, or unrelated. */
  private static Test tests(ExNode cond, String variable, Variables vars) {
    if (cond instanceof ExUnary u && (u.op().equals("!") || u.op().equals("not"))) {
      Test inner = tests(u.operand(), variable, vars);
      return inner == Test.SET ? Test.UNSET : inner == Test.UNSET ? Test.SET : Test.NONE;
    }
    if (cond instanceof ExCall c && c.name().equals("is_nil") && c.args().size() == 1) {
      return tests(c.args().get(0), variable, vars) == Test.NONE ? Test.NONE : Test.UNSET;
    }
    if (cond instanceof ExBinary b && (b.op().equals("==") || b.op().equals("==="))
        && (isNil(b.left()) || isNil(b.right()))) {
      return tests(isNil(b.left()) ? b.right() : b.left(), variable, vars) == Test.NONE
          ? Test.NONE : Test.UNSET;
    }
    return mentions(cond, variable, vars) ? Test.SET : Test.NONE;
  }

  private static boolean isNil(ExNode n) {
    return n.asAtomName().map("nil"::equals).orElse(false);
  }

  /** True when {@code n} reads the variable, directly or through a variable bound to a read. */
  private static boolean mentions(ExNode n, String variable, Variables vars) {
    boolean[] found = {false};
    ExWalker.walk(n, (node, path) -> {
      if (found[0]) {
        return false;
      }
      if (isReadOf(node, variable)) {
        found[0] = true;
      } else if (node instanceof ExVar v) {
        found[0] = vars.resolve(v.name(), v.range().start())
            .map(e -> isReadOf(e, variable) || e instanceof ExBinary b && isReadOf(b.left(), variable))
            .orElse(false);
      }
      return true;
    });
    return found[0];
  }

  private static boolean isReadOf(ExNode n, String variable) {
    return n instanceof ExCall c && READS.contains(c.name())
        && c.arg(0).flatMap(ExNode::asStringValue).map(variable::equals).orElse(false);
  }

  private static String branch(ExNode child, ExNode grandChild) {
    if (child instanceof ExBlock b && b.label() != null) {
      return b.label();
    }
    if (child instanceof ExList && grandChild instanceof ExPair p) {
      return p.keyName();
    }
    return null;
  }

  private static List<ExNode> pathTo(ExNode root, ExNode target) {
    List<List<ExNode>> found = new ArrayList<>(1);
    ExWalker.walk(root, (node, path) -> {
      if (!found.isEmpty()) {
        return false;
      }
      if (node == target) {
        found.add(List.copyOf(path));
        return false;
      }
      return node.range().start() <= target.range().start()
          && target.range().end() <= node.range().end();
    });
    return found.isEmpty() ? null : found.get(0);
  }
}
