package dev.distlint.syntax.elixir.view;

import dev.distlint.syntax.elixir.ElixirFile;
import dev.distlint.syntax.elixir.ExAtom;
import dev.distlint.syntax.elixir.ExAttribute;
import dev.distlint.syntax.elixir.ExBinary;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExNumber;
import dev.distlint.syntax.elixir.ExString;
import dev.distlint.syntax.elixir.ExUnary;
import dev.distlint.syntax.elixir.ExVar;
import dev.distlint.syntax.elixir.ExWalker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Works out the value of an expression from its text, never by running it: literals
 * ({@code 1_000}), arithmetic on known values, {@code :timer.seconds/minutes/hours},
 * module attributes and variables bound earlier in the same file, and the defaults of
 * environment reads ({@code System.get_env("X", "15")}, {@code System.get_env("X") || "15"},
 * {@code String.to_integer/1} of either, {@code Keyword.get/Map.get} with a literal default).
 * Anything else is {@link ConstValue#UNKNOWN}.
 */
public final class ConstEval {
  private static final int MAX_DEPTH = 32;
  private static final Map<String, Long> TIMER_MS = Map.of(":timer.seconds", 1_000L,
      ":timer.minutes", 60_000L, ":timer.hours", 3_600_000L);
  private static final ConstEval EMPTY = new ConstEval(null);

  private record Attribute(String name, ExNode value, int end) {
  }

  private final Variables variables;
  private final List<Attribute> attributes = new ArrayList<>();

  private ConstEval(ElixirFile file) {
    this.variables = file == null ? null : new Variables(file);
    if (file != null) {
      ExWalker.walk(file, (node, path) -> {
        if (node instanceof ExAttribute a && a.value() != null) {
          attributes.add(new Attribute(a.name(), a.value(), a.range().end()));
        }
        return true;
      });
    }
  }

  /** An evaluator that resolves the variables and attributes of {@code file}. */
  public static ConstEval of(ElixirFile file) {
    return new ConstEval(file);
  }

  /** An evaluator without a file: variables and attributes are unknown. */
  public static ConstEval literalsOnly() {
    return EMPTY;
  }

  public ConstValue eval(ExNode n) {
    return eval(n, 0);
  }

  /** The integer value of {@code n}, when it is known. */
  public OptionalLong integer(ExNode n) {
    return eval(n).asLong();
  }

  private ConstValue eval(ExNode n, int depth) {
    if (n == null || depth > MAX_DEPTH) {
      return ConstValue.UNKNOWN;
    }
    if (n instanceof ExNumber num) {
      return ConstValue.of(num.value() instanceof Long || num.value() instanceof Double
          ? num.value() : null);
    }
    if (n instanceof ExString s) {
      return ConstValue.of(s.value());
    }
    if (n instanceof ExAtom a) {
      return ConstValue.of(new ConstValue.Atom(a.name()));
    }
    if (n instanceof ExUnary u) {
      return unary(u, depth);
    }
    if (n instanceof ExBinary b) {
      return binary(b, depth);
    }
    if (n instanceof ExCall c) {
      return call(c, depth);
    }
    if (n instanceof ExVar v && variables != null) {
      return variables.resolve(v.name(), v.range().start()).map(e -> eval(e, depth + 1))
          .orElse(ConstValue.UNKNOWN);
    }
    if (n instanceof ExAttribute a && a.value() == null) {
      return attribute(a, depth);
    }
    return ConstValue.UNKNOWN;
  }

  private ConstValue attribute(ExAttribute read, int depth) {
    Attribute found = null;
    for (Attribute a : attributes) {
      if (a.name().equals(read.name()) && a.end() <= read.range().start()) {
        found = a;
      }
    }
    return found == null ? ConstValue.UNKNOWN : eval(found.value(), depth + 1);
  }

  private ConstValue unary(ExUnary u, int depth) {
    ConstValue v = eval(u.operand(), depth + 1);
    if (u.op().equals("-") && v.value() instanceof Long l) {
      return new ConstValue(-l, v.fromDefault());
    }
    if (u.op().equals("-") && v.value() instanceof Double d) {
      return new ConstValue(-d, v.fromDefault());
    }
    return u.op().equals("+") ? v : ConstValue.UNKNOWN;
  }

  private ConstValue binary(ExBinary b, int depth) {
    if (b.op().equals("||")) {
      ConstValue left = eval(b.left(), depth + 1);
      if (left.known() && !left.falsy()) {
        return left;
      }
      if (left.known() || EnvDefaults.isEnvRead(b.left())) {
        ConstValue right = eval(b.right(), depth + 1);
        return left.known() ? right : right.asDefault();
      }
      return ConstValue.UNKNOWN;
    }
    ConstValue l = eval(b.left(), depth + 1);
    ConstValue r = l.known() ? eval(b.right(), depth + 1) : ConstValue.UNKNOWN;
    boolean dflt = l.fromDefault() || r.fromDefault();
    if (l.value() instanceof Long x && r.value() instanceof Long y) {
      Long v = switch (b.op()) {
        case "+", "-", "*" -> exact(b.op(), x, y);
        default -> null;
      };
      return v == null ? ConstValue.UNKNOWN : new ConstValue(v, dflt);
    }
    if (b.op().equals("<>") && l.value() instanceof String x && r.value() instanceof String y) {
      return new ConstValue(x + y, dflt);
    }
    return ConstValue.UNKNOWN;
  }

  /** {@code x op y}, or null when it overflows a long. */
  private static Long exact(String op, long x, long y) {
    try {
      return switch (op) {
        case "+" -> Math.addExact(x, y);
        case "-" -> Math.subtractExact(x, y);
        default -> Math.multiplyExact(x, y);
      };
    } catch (ArithmeticException e) {
      return null;
    }
  }

  private ConstValue call(ExCall c, int depth) {
    String name = c.name();
    if (TIMER_MS.containsKey(name) && c.args().size() == 1) {
      ConstValue v = eval(c.args().get(0), depth + 1);
      return v.value() instanceof Long l
          ? ConstValue.of(exact("*", l, TIMER_MS.get(name))).withDefault(v.fromDefault()) : ConstValue.UNKNOWN;
    }
    if ((name.equals("div") || name.equals("rem")) && c.args().size() == 2) {
      ConstValue x = eval(c.args().get(0), depth + 1);
      ConstValue y = eval(c.args().get(1), depth + 1);
      if (x.value() instanceof Long a && y.value() instanceof Long b && b != 0) {
        return new ConstValue(name.equals("div") ? a / b : a % b, x.fromDefault() || y.fromDefault());
      }
      return ConstValue.UNKNOWN;
    }
    if (name.equals("String.to_integer") && c.args().size() == 1) {
      ConstValue v = eval(c.args().get(0), depth + 1);
      return v.asString().map(s -> parseLong(s.trim())).map(l -> new ConstValue(l, v.fromDefault()))
          .orElse(ConstValue.UNKNOWN);
    }
    if (EnvDefaults.isEnvRead(c)) {
      return c.args().size() == 2 ? eval(c.args().get(1), depth + 1).asDefault() : ConstValue.UNKNOWN;
    }
    if ((name.equals("Keyword.get") || name.equals("Map.get")) && c.args().size() == 3) {
      return eval(c.args().get(2), depth + 1).asDefault();
    }
    return ConstValue.UNKNOWN;
  }

  private static Long parseLong(String s) {
    try {
      return Long.parseLong(s.replace("_", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
