package dev.distlint.syntax.helm;

import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates the small part of Helm's template language distlint reads: value references
 * ({@code .Values.a.b}, {@code $.Values.a.b}, and fields of the dot inside {@code with}),
 * literals, and {@code default}, {@code quote}, {@code squote}, {@code toString}, {@code not},
 * {@code and}, {@code or}. Every other function, and {@code .Release}, {@code .Chart} and
 * {@code .Capabilities}, evaluates to unknown. Nothing is executed.
 */
final class Evaluator {
  /**
   * What the dot is: the template's root context, a values node (inside {@code with}), or
   * something distlint cannot follow.
   */
  record Dot(boolean root, List<String> values) {
    static final Dot ROOT = new Dot(true, null);
    static final Dot UNKNOWN = new Dot(false, null);
  }

  private final ChartValues values;

  Evaluator(ChartValues values) {
    this.values = values;
  }

  Value eval(Expr e, Dot dot) {
    if (e instanceof Expr.Literal l) {
      return Value.literal(l.text(), l.string());
    }
    if (e instanceof Expr.Field f) {
      return field(f, dot);
    }
    if (e instanceof Expr.Call c) {
      return call(c, dot);
    }
    return Value.UNKNOWN;
  }

  private Value field(Expr.Field f, Dot dot) {
    Dot base = f.fromRoot() ? Dot.ROOT : dot;
    List<String> path;
    if (base.root()) {
      if (f.path().isEmpty() || !f.path().get(0).equals("Values")) {
        return Value.UNKNOWN;
      }
      path = f.path().subList(1, f.path().size());
    } else if (base.values() != null) {
      path = new ArrayList<>(base.values());
      path.addAll(f.path());
    } else {
      return Value.UNKNOWN;
    }
    ChartValues.Found found = values.lookup(path);
    return found == null ? Value.MISSING : Value.of(found, List.copyOf(path));
  }

  private Value call(Expr.Call c, Dot dot) {
    List<Value> args = new ArrayList<>();
    for (Expr a : c.args()) {
      args.add(eval(a, dot));
    }
    return switch (c.function()) {
      case "default" -> args.size() == 2 ? orDefault(args.get(1), args.get(0)) : Value.UNKNOWN;
      case "quote", "squote", "toString" -> args.size() == 1 ? quoted(c.function(), args.get(0))
          : Value.UNKNOWN;
      case "not" -> args.size() == 1 ? bool(negate(args.get(0).truthy())) : Value.UNKNOWN;
      case "and" -> logic(args, false);
      case "or" -> logic(args, true);
      default -> Value.UNKNOWN;
    };
  }

  private static Value orDefault(Value v, Value fallback) {
    Boolean t = v.truthy();
    if (t == null) {
      return Value.UNKNOWN;
    }
    return t ? v : fallback;
  }

  private static Value quoted(String function, Value v) {
    if (!v.printable()) {
      return Value.UNKNOWN;
    }
    if (function.equals("toString")) {
      return new Value(Value.Kind.STRING, v.text(), v.path(), v.origin(), false);
    }
    // squote prints a single-quoted YAML string: same value when it holds no quote.
    return function.equals("squote") && v.text().contains("'") ? Value.UNKNOWN : v.quote();
  }

  /** Go's {@code and} / {@code or}: the first argument that decides, else the last. */
  private static Value logic(List<Value> args, boolean or) {
    if (args.isEmpty()) {
      return Value.UNKNOWN;
    }
    for (Value v : args) {
      Boolean t = v.truthy();
      if (t == null) {
        return Value.UNKNOWN;
      }
      if (t == or) {
        return v;
      }
    }
    return args.get(args.size() - 1);
  }

  private static Boolean negate(Boolean b) {
    return b == null ? null : !b;
  }

  private static Value bool(Boolean b) {
    return b == null ? Value.UNKNOWN : Value.literal(b.toString(), false);
  }
}
