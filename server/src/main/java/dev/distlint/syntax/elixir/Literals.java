package dev.distlint.syntax.elixir;

import java.math.BigInteger;

/** Decoding of literal text: numbers, character literals, escapes, heredoc indentation. */
final class Literals {
  private Literals() {}

  /** The value of a number's source text, or null when it is not well formed. */
  static Number number(String text) {
    String t = text.replace("_", "");
    try {
      if (t.length() > 2 && t.charAt(0) == '0' && "xbo".indexOf(t.charAt(1)) >= 0) {
        int radix = t.charAt(1) == 'x' ? 16 : t.charAt(1) == 'b' ? 2 : 8;
        return integer(new BigInteger(t.substring(2), radix));
      }
      if (t.indexOf('.') >= 0) {
        return Double.parseDouble(t);
      }
      return integer(new BigInteger(t));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Number integer(BigInteger b) {
    return b.bitLength() < 64 ? (Number) b.longValue() : b;
  }

  static Number negateIf(boolean negate, Number n) {
    if (!negate || n == null) {
      return n;
    }
    if (n instanceof Long l) {
      return -l;
    }
    if (n instanceof BigInteger b) {
      return integer(b.negate());
    }
    return -n.doubleValue();
  }

  /** The code point of {@code ?a} or {@code ?\n}. */
  static Number charValue(String text) {
    if (text.length() < 2) {
      return null;
    }
    if (text.charAt(1) == '\\' && text.length() > 2) {
      int c = text.codePointAt(2);
      int e = simpleEscape(c);
      return (long) (e >= 0 ? e : c);
    }
    return (long) text.codePointAt(1);
  }

  private static int simpleEscape(int c) {
    return switch (c) {
      case 'n' -> '\n';
      case 't' -> '\t';
      case 'r' -> '\r';
      case 's' -> ' ';
      case 'e' -> 27;
      case '0' -> 0;
      case 'a' -> 7;
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'v' -> 11;
      case 'd' -> 127;
      default -> -1;
    };
  }

  /** Resolves backslash escapes of a string, charlist or quoted atom. */
  static String unescape(String raw) {
    if (raw.indexOf('\\') < 0) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c != '\\' || i + 1 >= raw.length()) {
        out.append(c);
        i++;
        continue;
      }
      char e = raw.charAt(i + 1);
      int simple = simpleEscape(e);
      if (simple >= 0) {
        out.append((char) simple);
        i += 2;
      } else if (e == '\n') {
        i += 2;
      } else if (e == 'x' || e == 'u') {
        i = hexEscape(raw, i, out);
      } else {
        out.append(e);
        i += 2;
      }
    }
    return out.toString();
  }

  private static int hexEscape(String raw, int i, StringBuilder out) {
    boolean braces = i + 2 < raw.length() && raw.charAt(i + 2) == '{';
    int start = braces ? i + 3 : i + 2;
    int max = braces ? raw.length() : Math.min(raw.length(), start + (raw.charAt(i + 1) == 'x' ? 2 : 4));
    int j = start;
    while (j < max && Character.digit(raw.charAt(j), 16) >= 0) {
      j++;
    }
    try {
      out.appendCodePoint(Integer.parseInt(raw.substring(start, j), 16));
    } catch (IllegalArgumentException ex) {
      out.append(raw, i, j);
    }
    return braces && j < raw.length() && raw.charAt(j) == '}' ? j + 1 : j;
  }

  /** Removes up to {@code indent} leading blanks from each line of a heredoc body. */
  static String dedent(String raw, int indent) {
    if (indent == 0) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    int i = 0;
    while (i < raw.length()) {
      int skip = 0;
      while (skip < indent && i < raw.length() && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t')) {
        i++;
        skip++;
      }
      int nl = raw.indexOf('\n', i);
      int end = nl < 0 ? raw.length() : nl + 1;
      out.append(raw, i, end);
      i = end;
    }
    return out.toString();
  }
}
