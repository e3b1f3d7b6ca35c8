package dev.distlint.syntax.helm;

import java.util.ArrayList;
import java.util.List;

/**
 * One Go template action, {@code {{ ... }}}, of a Helm template: where it is, its body without
 * delimiters and trim markers, and what it does. Actions are found without evaluating anything;
 * string literals, raw strings and comments inside an action may contain {@code }}}.
 *
 * @param start offset of the opening {@code {{}
 * @param end offset just after the closing {@code }}} (the end of the text when unterminated)
 * @param body the text between the delimiters, trim markers removed, trimmed
 */
public record TemplateAction(int start, int end, String body, Type type) {

  /** What an action does to the output. */
  public enum Type {
    /** Prints a value: a pipeline, {@code include}, {@code toYaml}, {@code template}. */
    OUTPUT,
    /** {@code if} (also {@code with} and {@code range}, told apart by {@link #keyword}). */
    OPEN,
    ELSE,
    END,
    /** {@code define}: a named template, which prints nothing where it is defined. */
    DEFINE,
    /** Comments, variable assignments, {@code break}, {@code continue}: print nothing. */
    SILENT
  }

  /** The leading keyword of a control action ({@code if}, {@code with}, {@code range}...). */
  public String keyword() {
    int sp = 0;
    while (sp < body.length() && !Character.isWhitespace(body.charAt(sp))) {
      sp++;
    }
    return body.substring(0, sp);
  }

  /** The body after the leading keyword (the condition of {@code if}, {@code else if}...). */
  public String argument() {
    String rest = body.substring(keyword().length()).trim();
    return type == Type.ELSE && rest.startsWith("if") ? rest.substring(2).trim() : rest;
  }

  /** All actions of a text, in order. */
  public static List<TemplateAction> scan(String text) {
    List<TemplateAction> out = new ArrayList<>();
    int i = text.indexOf("{{");
    while (i >= 0) {
      int end = closing(text, i + 2);
      out.add(of(text, i, end));
      i = end >= text.length() ? -1 : text.indexOf("{{", end);
    }
    return out;
  }

  private static TemplateAction of(String text, int start, int end) {
    boolean closed = end >= start + 4 && text.startsWith("}}", end - 2);
    String inner = text.substring(start + 2, closed ? end - 2 : end);
    if (inner.startsWith("-") && (inner.length() == 1 || Character.isWhitespace(inner.charAt(1)))) {
      inner = inner.substring(1);
    }
    if (inner.endsWith("-") && (inner.length() == 1
        || Character.isWhitespace(inner.charAt(inner.length() - 2)))) {
      inner = inner.substring(0, inner.length() - 1);
    }
    String body = inner.trim();
    return new TemplateAction(start, end, body, typeOf(body));
  }

  private static Type typeOf(String body) {
    if (body.startsWith("/*") || body.startsWith("$") && body.matches("(?s)\\$\\w*\\s*:?=.*")) {
      return Type.SILENT;
    }
    String kw = body.split("[\\s(]", 2)[0];
    return switch (kw) {
      case "if", "with", "range", "block" -> Type.OPEN;
      case "else" -> Type.ELSE;
      case "end" -> Type.END;
      case "define" -> Type.DEFINE;
      case "break", "continue" -> Type.SILENT;
      default -> Type.OUTPUT;
    };
  }

  /** Offset just after the {@code }}} closing an action whose body starts at {@code from}. */
  private static int closing(String text, int from) {
    int i = from;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '}' && i + 1 < n && text.charAt(i + 1) == '}') {
        return i + 2;
      }
      if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int close = text.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (c == '"' || c == '\'') {
        i = quoted(text, i + 1, c);
      } else if (c == '`') {
        int close = text.indexOf('`', i + 1);
        i = close < 0 ? n : close + 1;
      } else {
        i++;
      }
    }
    return n;
  }

  private static int quoted(String text, int i, char quote) {
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else if (c == '\n') {
        return i; // an unterminated literal ends at the line, as Go's lexer reports it
      } else {
        i++;
      }
    }
    return n;
  }
}
