package dev.distlint.syntax.elixir.view;

import dev.distlint.syntax.elixir.ExBinary;
import dev.distlint.syntax.elixir.ExBlock;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExClause;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.ExUnary;
import dev.distlint.syntax.elixir.ExVar;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Works out which Mix environment a statement is conditioned on, from the {@code if},
 * {@code unless}, {@code case} and {@code cond} around it, in the notation of
 * {@link ConfigCall#env()}.
 */
final class EnvCondition {
  private EnvCondition() {}

  /**
   * The environment implied by the innermost enclosing environment condition of the node whose
   * ancestors are {@code path} (root first), or {@code fallback} when there is none.
   */
  static String enclosing(List<ExNode> path, ExNode node, String fallback) {
    for (int i = path.size() - 1; i >= 0; i--) {
      ExNode inner = i + 1 < path.size() ? path.get(i + 1) : node;
      ExNode innerMost = i + 2 < path.size() ? path.get(i + 2) : node;
      if (!(path.get(i) instanceof ExCall call)) {
        continue;
      }
      String env = branchEnv(call, inner, innerMost);
      if (env != null) {
        return env;
      }
    }
    return fallback;
  }

  private static String branchEnv(ExCall call, ExNode child, ExNode grandChild) {
    String name = call.name();
    if ((name.equals("if") || name.equals("unless")) && !call.args().isEmpty()) {
      String env = of(call.args().get(0));
      String branch = branch(child, grandChild);
      if (env == null || branch == null) {
        return null;
      }
      boolean positive = branch.equals("do") == name.equals("if");
      return positive ? env : negate(env);
    }
    if (name.equals("case") && !call.args().isEmpty() && isEnvCall(call.args().get(0))
        && grandChild instanceof ExClause clause && !clause.head().isEmpty()) {
      return clause.head().get(0).asAtomName().orElse(null);
    }
    if (name.equals("cond") && grandChild instanceof ExClause clause && !clause.head().isEmpty()) {
      return of(clause.head().get(0));
    }
    return null;
  }

  /** "do" or "else" for a node reached through {@code child} (a block or keyword list). */
  private static String branch(ExNode child, ExNode grandChild) {
    if (child instanceof ExBlock b && b.label() != null) {
      return b.label();
    }
    if (child instanceof ExList && grandChild instanceof ExPair p) {
      return p.keyName();
    }
    return null;
  }

  /** The environment a condition tests, or null when it does not test one. */
  static String of(ExNode cond) {
    if (cond instanceof ExUnary u && (u.op().equals("not") || u.op().equals("!"))) {
      String inner = of(u.operand());
      return inner == null ? null : negate(inner);
    }
    if (!(cond instanceof ExBinary b)) {
      return null;
    }
    ExNode other = isEnvCall(b.left()) ? b.right() : isEnvCall(b.right()) ? b.left() : null;
    if (other == null) {
      return null;
    }
    switch (b.op()) {
      case "==", "===":
        return other.asAtomName().orElse(null);
      case "!=", "!==":
        return other.asAtomName().map(EnvCondition::negate).orElse(null);
      case "in", "not in":
        if (other instanceof ExList list && isEnvCall(b.left()) && !list.items().isEmpty()) {
          String names = list.items().stream().map(n -> n.asAtomName().orElse("?"))
              .collect(Collectors.joining(","));
          return b.op().equals("in") ? names : negate(names);
        }
        return null;
      default:
        return null;
    }
  }

  static boolean isEnvCall(ExNode n) {
    if (n instanceof ExCall c && c.receiver() == null && c.args().isEmpty()) {
      return c.name().equals("config_env") || c.name().equals("Mix.env");
    }
    if (n instanceof ExCall c && c.name().equals("Mix.env") && c.args().isEmpty()) {
      return true;
    }
    return n instanceof ExVar v && v.name().equals("config_env");
  }

  static String negate(String env) {
    return env.startsWith("!") ? env.substring(1) : "!" + env;
  }
}
