package dev.distlint.syntax.toml;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.Lines;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads keys, strings and bare values (numbers, booleans, dates) at the cursor. */
final class TomlScalars {
  private static final Pattern DATE_TIME = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?)?"
      + "|\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern SPECIAL_FLOAT = Pattern.compile("[+-]?(inf|nan)");

  /** One segment of a (dotted) key. */
  record KeyPart(String name, TextRange range) {}

  private final TomlCursor c;
  private final int[] noCloseFrom = {Integer.MAX_VALUE, Integer.MAX_VALUE};

  TomlScalars(TomlCursor cursor) {
    this.c = cursor;
  }

  // ---- keys ----

  List<KeyPart> key() {
    List<KeyPart> parts = new ArrayList<>();
    while (true) {
      c.skipSpaces();
      parts.add(keyPart());
      c.skipSpaces();
      if (c.peek() != '.') {
        return parts;
      }
      c.pos++;
    }
  }

  private KeyPart keyPart() {
    int start = c.pos;
    char ch = c.peek();
    if (ch == '"' && !c.at("\"\"\"")) {
      TomlString str = basic();
      return new KeyPart(str.value(), str.range());
    }
    if (ch == '\'' && !c.at("'''")) {
      TomlString str = literal();
      return new KeyPart(str.value(), str.range());
    }
    while (c.pos < c.n && isBareKeyChar(c.s.charAt(c.pos))) {
      c.pos++;
    }
    if (c.pos == start) {
      throw c.fail("expected a key, found " + c.describeHere(), c.here());
    }
    return new KeyPart(c.s.substring(start, c.pos), TextRange.of(start, c.pos));
  }

  static boolean isBareKeyChar(char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
        || ch == '_' || ch == '-';
  }

  // ---- strings ----

  TomlString string() {
    if (c.at("\"\"\"")) {
      return multiline('"');
    }
    if (c.at("'''")) {
      return multiline('\'');
    }
    return c.peek() == '"' ? basic() : literal();
  }

  private TomlString basic() {
    int open = c.pos++;
    StringBuilder sb = new StringBuilder();
    while (c.pos < c.n && c.s.charAt(c.pos) != '"' && !c.atBreak()) {
      if (c.s.charAt(c.pos) == '\\') {
        escape(sb);
      } else {
        sb.append(c.s.charAt(c.pos++));
      }
    }
    return closeSingleLine(open, '"', sb, TomlString.Style.BASIC);
  }

  private TomlString literal() {
    int open = c.pos++;
    int end = c.pos;
    while (end < c.n && c.s.charAt(end) != '\'' && !Lines.isBreak(c.s.charAt(end))) {
      end++;
    }
    String value = c.s.substring(c.pos, end);
    c.pos = end;
    return closeSingleLine(open, '\'', new StringBuilder(value), TomlString.Style.LITERAL);
  }

  private TomlString closeSingleLine(int open, char quote, StringBuilder sb, TomlString.Style st) {
    if (c.peek() == quote) {
      c.pos++;
    } else {
      c.error("string is not closed: add " + quote + " at the end", TextRange.of(open, c.pos));
    }
    return new TomlString(sb.toString(), TextRange.of(open, c.pos), st);
  }

  private TomlString multiline(char quote) {
    int open = c.pos;
    int slot = quote == '"' ? 0 : 1;
    c.pos += 3;
    c.pos = Lines.skipBreak(c.s, c.pos, c.n);
    StringBuilder sb = new StringBuilder();
    String delimiter = quote == '"' ? "\"\"\"" : "'''";
    while (open < noCloseFrom[slot] && c.pos < c.n) {
      char ch = c.s.charAt(c.pos);
      if (ch == quote && c.at(delimiter)) {
        int run = 3;
        while (run < 5 && c.pos + run < c.n && c.s.charAt(c.pos + run) == quote) {
          run++;
        }
        sb.append(String.valueOf(quote).repeat(run - 3));
        c.pos += run;
        TomlString.Style st = quote == '"' ? TomlString.Style.MULTILINE_BASIC
            : TomlString.Style.MULTILINE_LITERAL;
        return new TomlString(sb.toString(), TextRange.of(open, c.pos), st);
      }
      if (ch == '\\' && quote == '"') {
        if (!lineEndingBackslash()) {
          escape(sb);
        }
      } else {
        sb.append(ch);
        c.pos++;
      }
    }
    noCloseFrom[slot] = Math.min(noCloseFrom[slot], open);
    c.pos = c.lineEnd(open);
    c.error("multi-line string is not closed: add " + delimiter, TextRange.of(open, open + 3));
    return new TomlString(c.s.substring(Math.min(open + 3, c.pos), c.pos), TextRange.of(open, c.pos),
        quote == '"' ? TomlString.Style.MULTILINE_BASIC : TomlString.Style.MULTILINE_LITERAL);
  }

  /** A backslash followed by only spaces up to the line end joins the lines, trimming them. */
  private boolean lineEndingBackslash() {
    int i = c.pos + 1;
    while (i < c.n && (c.s.charAt(i) == ' ' || c.s.charAt(i) == '\t')) {
      i++;
    }
    if (i < c.n && !Lines.isBreak(c.s.charAt(i))) {
      return false;
    }
    while (i < c.n && Character.isWhitespace(c.s.charAt(i))) {
      i++;
    }
    c.pos = i;
    return true;
  }

  private void escape(StringBuilder sb) {
    int start = c.pos;
    char e = c.peek(1);
    int simple = "btnfre\"\\".indexOf(e);
    if (simple >= 0) {
      sb.append("\b\t\n\f\r\u001B\"\\".charAt(simple));
      c.pos += 2;
      return;
    }
    int digits = e == 'u' ? 4 : e == 'U' ? 8 : e == 'x' ? 2 : 0;
    if (digits > 0 && hexCodePoint(start + 2, digits, sb)) {
      c.pos = start + 2 + digits;
      return;
    }
    int end = Math.min(start + 1 + Lines.codePointLength(c.s, start + 1, c.n), c.n);
    c.error("invalid escape sequence " + c.s.substring(start, end), TextRange.of(start, end));
    sb.append('\\');
    c.pos = start + 1;
  }

  private boolean hexCodePoint(int from, int digits, StringBuilder sb) {
    if (from + digits > c.n) {
      return false;
    }
    int cp = 0;
    for (int i = from; i < from + digits; i++) {
      int d = Character.digit(c.s.charAt(i), 16);
      if (d < 0) {
        return false;
      }
      cp = cp * 16 + d;
      if (cp > 0x10FFFF) {
        return false;
      }
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      return false;
    }
    sb.appendCodePoint(cp);
    return true;
  }

  // ---- bare values ----

  TomlValue bare() {
    int start = c.pos;
    scanBare();
    if (c.pos < c.n && c.s.charAt(c.pos) == ' ' && DATE.matcher(c.s.substring(start, c.pos)).matches()
        && Character.isDigit(c.peek(1)) && Character.isDigit(c.peek(2)) && c.peek(3) == ':') {
      c.pos++;
      scanBare();
    }
    String text = c.s.substring(start, c.pos);
    TextRange range = TextRange.of(start, c.pos);
    if (text.isEmpty()) {
      throw c.fail("expected a value, found " + c.describeHere(), c.here());
    }
    return classify(text, range);
  }

  private void scanBare() {
    while (c.pos < c.n) {
      char ch = c.s.charAt(c.pos);
      if (!(isBareKeyChar(ch) || ch == '+' || ch == '.' || ch == ':')) {
        return;
      }
      c.pos++;
    }
  }

  private TomlValue classify(String text, TextRange range) {
    if (text.equals("true") || text.equals("false")) {
      return new TomlBoolean(text.equals("true"), range);
    }
    if (SPECIAL_FLOAT.matcher(text).matches()) {
      double v = text.endsWith("nan") ? Double.NaN
          : text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      return new TomlFloat(v, text, range);
    }
    if (TomlNumbers.isInteger(text)) {
      return integer(text, range);
    }
    if (TomlNumbers.isFloat(text)) {
      return new TomlFloat(Double.parseDouble(text.replace("_", "")), text, range);
    }
    if (DATE_TIME.matcher(text).matches()) {
      return new TomlDateTime(text, range);
    }
    String hint = text.chars().allMatch(ch -> isBareKeyChar((char) ch))
        && !Character.isDigit(text.charAt(0)) ? " (strings need quotes)" : "";
    // The value itself is not quoted back: it may be a secret written without quotes.
    throw c.fail("invalid value" + hint, range);
  }

  private TomlValue integer(String text, TextRange range) {
    String digits = text.replace("_", "");
    int radix = 10;
    if (digits.startsWith("0x") || digits.startsWith("0o") || digits.startsWith("0b")) {
      radix = digits.charAt(1) == 'x' ? 16 : digits.charAt(1) == 'o' ? 8 : 2;
      digits = digits.substring(2);
    }
    try {
      return new TomlInteger(Long.parseLong(digits, radix), text, range);
    } catch (NumberFormatException e) {
      throw c.fail("integer out of the 64-bit range", range);
    }
  }
}
