package dev.distlint.syntax.envsh;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.EexTags;
import dev.distlint.syntax.Lines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scans one shell word: quotes, backslashes, line continuations, {@code $VAR}, {@code ${...}},
 * {@code $(...)}, backticks and EEx tags. Nesting deeper than {@link #MAX_DEPTH} is read as
 * plain text, so no input can exhaust the stack. A construct still open at the scan limit sets
 * {@link #unterminated}; the lexer then rescans the word within its line.
 */
final class WordScanner {
  static final int MAX_DEPTH = 64;

  private final String text;
  private final EexTags eex;
  private int limit;
  private int depth;
  private StringBuilder out;
  private List<Expansion> expansions;
  private List<ShellWord.QuoteSpan> quotes;
  private List<TextRange> tags;
  boolean unterminated;

  WordScanner(String text, EexTags eex) {
    this.text = text;
    this.eex = eex;
  }

  /** Scans the word at {@code start}; EEx tags found are added to {@code tagSink}. */
  ShellWord scan(int start, int scanLimit, List<TextRange> tagSink) {
    limit = scanLimit;
    depth = 0;
    out = new StringBuilder();
    expansions = new ArrayList<>();
    quotes = new ArrayList<>();
    tags = new ArrayList<>();
    unterminated = false;
    int end = unquoted(start);
    if (end == start) {
      end = Math.min(start + Lines.codePointLength(text, start, limit), limit);
      out.append(text, start, end);
    }
    expansions.sort(Comparator.comparingInt(e -> e.range().start()));
    tagSink.addAll(tags);
    return new ShellWord(out.toString(), TextRange.of(start, end), expansions, quotes);
  }

  static boolean isMeta(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';' || c == '&' || c == '|'
        || c == '(' || c == ')' || c == '<' || c == '>';
  }

  private int unquoted(int pos) {
    while (pos < limit) {
      char c = text.charAt(pos);
      if (EexTags.startsAt(text, pos, limit)) {
        pos = tag(pos, out);
      } else if (isMeta(c)) {
        break;
      } else if (c == '\\') {
        pos = backslash(pos, out, true);
      } else if (c == '\'') {
        pos = single(pos, out);
      } else if (c == '"') {
        pos = dbl(pos, out);
      } else if (c == '$') {
        pos = dollar(pos, out);
      } else if (c == '`') {
        pos = backtick(pos, out);
      } else {
        out.append(c);
        pos++;
      }
    }
    return pos;
  }

  private static void put(StringBuilder sb, char c) {
    if (sb != null) {
      sb.append(c);
    }
  }

  private void putSource(StringBuilder sb, int from, int to) {
    if (sb != null) {
      sb.append(text, from, to);
    }
  }

  /** A backslash: line continuation, or an escape of the next char. */
  private int backslash(int pos, StringBuilder sb, boolean unquotedContext) {
    if (pos + 1 >= limit) {
      put(sb, '\\');
      return limit;
    }
    char next = text.charAt(pos + 1);
    if (Lines.isBreak(next)) {
      return Lines.skipBreak(text, pos + 1, limit);
    }
    if (!unquotedContext && next != '$' && next != '`' && next != '"' && next != '\\') {
      put(sb, '\\');
      return pos + 1;
    }
    put(sb, next);
    return pos + 2;
  }

  private int tag(int pos, StringBuilder sb) {
    int end = eex.end(pos, limit);
    tags.add(TextRange.of(pos, end));
    putSource(sb, pos, end);
    return end;
  }

  private int single(int open, StringBuilder sb) {
    int pos = open + 1;
    while (pos < limit && text.charAt(pos) != '\'') {
      if (EexTags.startsAt(text, pos, limit)) {
        pos = tag(pos, sb);
      } else {
        put(sb, text.charAt(pos));
        pos++;
      }
    }
    return closeQuote(open, pos, sb);
  }

  private int dbl(int open, StringBuilder sb) {
    int pos = open + 1;
    while (pos < limit && text.charAt(pos) != '"') {
      char c = text.charAt(pos);
      if (EexTags.startsAt(text, pos, limit)) {
        pos = tag(pos, sb);
      } else if (c == '\\') {
        pos = backslash(pos, sb, false);
      } else if (c == '$') {
        pos = dollar(pos, sb);
      } else if (c == '`') {
        pos = backtick(pos, sb);
      } else {
        put(sb, c);
        pos++;
      }
    }
    return closeQuote(open, pos, sb);
  }

  private int closeQuote(int open, int pos, StringBuilder sb) {
    boolean closed = pos < limit;
    if (!closed) {
      unterminated = true;
    }
    int end = closed ? pos + 1 : pos;
    if (sb == out) {
      quotes.add(new ShellWord.QuoteSpan(open, pos, end));
    }
    return end;
  }

  private int dollar(int pos, StringBuilder sb) {
    char next = pos + 1 < limit ? text.charAt(pos + 1) : '\0';
    int end;
    if (next == '(' && depth < MAX_DEPTH) {
      depth++;
      end = commandSubstitution(pos);
      depth--;
    } else if (next == '{' && depth < MAX_DEPTH) {
      depth++;
      end = braceExpansion(pos);
      depth--;
    } else if (isNameStart(next)) {
      end = pos + 2;
      while (end < limit && isNameChar(text.charAt(end))) {
        end++;
      }
      expansions.add(new Expansion(text.substring(pos + 1, end), null, null, null,
          TextRange.of(pos, end)));
    } else if (next != '\0' && "0123456789@*#?-$!".indexOf(next) >= 0) {
      end = pos + 2;
      expansions.add(new Expansion(String.valueOf(next), null, null, null, TextRange.of(pos, end)));
    } else {
      put(sb, '$');
      return pos + 1;
    }
    putSource(sb, pos, end);
    return end;
  }

  private int commandSubstitution(int start) {
    int pos = start + 2;
    int parens = 1;
    while (pos < limit) {
      char c = text.charAt(pos);
      if (EexTags.startsAt(text, pos, limit)) {
        pos = tag(pos, null);
      } else if (c == ')' && --parens == 0) {
        break;
      } else if (c == '(') {
        parens++;
        pos++;
      } else {
        pos = nested(pos, c);
      }
    }
    boolean closed = pos < limit;
    unterminated |= !closed;
    int end = closed ? pos + 1 : pos;
    expansions.add(new Expansion(null, text.substring(start + 2, pos).trim(), null, null,
        TextRange.of(start, end)));
    return end;
  }

  /** One step inside {@code $(...)} or {@code ${...}}: quotes and expansions nest. */
  private int nested(int pos, char c) {
    if (c == '\\') {
      return Math.min(pos + 2, limit);
    } else if (c == '\'') {
      return single(pos, null);
    } else if (c == '"') {
      return dbl(pos, null);
    } else if (c == '$') {
      return dollar(pos, null);
    } else if (c == '`') {
      return backtick(pos, null);
    }
    return pos + 1;
  }

  private static final String[] OPERATORS = {
    ":-", ":=", ":?", ":+", "##", "%%", "//", "^^", ",,", "-", "=", "?", "+", "#", "%", "/", ":",
    "^", ","};

  private int braceExpansion(int start) {
    int pos = start + 2;
    String operator = null;
    if (pos + 1 < limit && text.charAt(pos) == '#' && isNameStart(text.charAt(pos + 1))) {
      operator = "length";
      pos++;
    }
    int nameStart = pos;
    if (pos < limit && isNameStart(text.charAt(pos))) {
      while (pos < limit && isNameChar(text.charAt(pos))) {
        pos++;
      }
    } else if (pos < limit && "0123456789@*#?-$!".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    String variable = text.substring(nameStart, pos);
    if (operator == null) {
      operator = operatorAt(pos);
      pos += operator == null ? 0 : operator.length();
    }
    int argStart = pos;
    while (pos < limit && text.charAt(pos) != '}') {
      char c = text.charAt(pos);
      pos = EexTags.startsAt(text, pos, limit) ? tag(pos, null) : nested(pos, c);
    }
    boolean closed = pos < limit;
    unterminated |= !closed;
    String argument = operator == null || "length".equals(operator) ? null
        : text.substring(argStart, pos);
    int end = closed ? pos + 1 : pos;
    expansions.add(new Expansion(variable.isEmpty() ? null : variable, null, operator, argument,
        TextRange.of(start, end)));
    return end;
  }

  private String operatorAt(int pos) {
    for (String op : OPERATORS) {
      if (text.startsWith(op, pos) && pos + op.length() <= limit) {
        return op;
      }
    }
    return null;
  }

  private int backtick(int start, StringBuilder sb) {
    int pos = start + 1;
    while (pos < limit && text.charAt(pos) != '`') {
      pos += text.charAt(pos) == '\\' ? 2 : 1;
    }
    pos = Math.min(pos, limit);
    boolean closed = pos < limit;
    unterminated |= !closed;
    int end = closed ? pos + 1 : pos;
    expansions.add(new Expansion(null, text.substring(start + 1, pos).trim(), null, null,
        TextRange.of(start, end)));
    putSource(sb, start, end);
    return end;
  }

  static boolean isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  static boolean isNameChar(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }
}
