package dev.distlint.syntax.elixir;

import java.util.HashMap;
import java.util.Map;

/**
 * Binary operator precedence and associativity, after the table in Elixir's operator reference
 * (higher binds tighter). {@code ->} is absent on purpose: it separates clauses and is handled by
 * the statement parser.
 */
final class Operators {
  record Info(int precedence, boolean rightAssoc) {}

  static final int LOWEST = 0;
  /** Operand precedence of the capture operator {@code &}, which binds looser than {@code =}. */
  static final int CAPTURE_OPERAND = 7;
  /** Operand precedence of {@code - + ! ^ not ~~~}. */
  static final int UNARY_OPERAND = 18;

  private static final Map<String, Info> BINARY = new HashMap<>();

  static {
    put(1, false, "\\\\", "<-");
    put(2, true, "when");
    put(3, true, "::");
    put(4, true, "|");
    put(5, true, "=>");
    put(7, true, "=");
    put(8, false, "||", "|||", "or");
    put(9, false, "&&", "&&&", "and");
    put(10, false, "==", "!=", "=~", "===", "!==");
    put(11, false, "<", ">", "<=", ">=");
    put(12, false, "|>", "<<<", ">>>", "<<~", "~>>", "<~", "~>", "<~>", "<|>", "^^^");
    put(13, false, "in", "not in");
    put(14, true, "++", "--", "+++", "---", "..", "<>", "//");
    put(15, false, "+", "-");
    put(16, false, "*", "/");
    put(17, false, "**");
  }

  private Operators() {}

  private static void put(int precedence, boolean right, String... ops) {
    for (String op : ops) {
      BINARY.put(op, new Info(precedence, right));
    }
  }

  static Info binary(String op) {
    return BINARY.get(op);
  }

  /** Prefix operators written with symbols ({@code not} is a word and handled separately). */
  static boolean isUnarySymbol(String op) {
    return switch (op) {
      case "-", "+", "!", "^", "~~~", "&", "@" -> true;
      default -> false;
    };
  }

  /** Whether a line starting with {@code op} continues the expression on the previous line. */
  static boolean continuesLine(String op) {
    return BINARY.containsKey(op) && !op.equals("-") && !op.equals("+");
  }
}
