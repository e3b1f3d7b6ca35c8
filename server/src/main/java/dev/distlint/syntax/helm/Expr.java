package dev.distlint.syntax.helm;

import java.util.ArrayList;
import java.util.List;

/**
 * The parsed body of a template action, as far as distlint reads it: field references such as
 * {@code .Values.a.b} or {@code $.Values.a}, literals, and function calls (a pipeline
 * {@code x | f a} is the call {@code f a x}). Anything else (variables, method calls, unbalanced
 * text) is {@link Opaque}, which evaluates to "unknown".
 */
public sealed interface Expr {
  /** A field chain from the dot ({@code .a.b}) or from the root ({@code $.a.b}). */
  record Field(boolean fromRoot, List<String> path) implements Expr {
  }

  /** A literal; {@code string} is false for numbers, booleans and nil. */
  record Literal(String text, boolean string) implements Expr {
  }

  record Call(String function, List<Expr> args) implements Expr {
  }

  record Opaque() implements Expr {
  }

  /** Parses a pipeline, e.g. {@code .Values.port | default 4000 | quote}. */
  static Expr parse(String pipeline) {
    List<String> commands = split(pipeline.trim(), '|');
    Expr acc = null;
    for (String command : commands) {
      List<String> words = split(command.trim(), ' ');
      words.removeIf(String::isEmpty);
      if (words.isEmpty()) {
        return new Opaque();
      }
      if (acc == null && words.size() == 1) {
        acc = term(words.get(0));
        continue;
      }
      String fn = words.get(0);
      if (!fn.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        return new Opaque();
      }
      List<Expr> args = new ArrayList<>();
      for (String w : words.subList(1, words.size())) {
        args.add(term(w));
      }
      if (acc != null) {
        args.add(acc);
      }
      acc = new Call(fn, List.copyOf(args));
    }
    return acc == null ? new Opaque() : acc;
  }

  private static Expr term(String w) {
    if (w.startsWith("(") && w.endsWith(")")) {
      return parse(w.substring(1, w.length() - 1));
    }
    if (w.equals(".") || w.equals("$")) {
      return new Field(w.equals("$"), List.of());
    }
    if (w.matches("\\$?(\\.[A-Za-z_][A-Za-z0-9_]*)+")) {
      boolean root = w.startsWith("$");
      String chain = w.substring(root ? 2 : 1);
      return new Field(root, List.of(chain.split("\\.")));
    }
    if (w.length() >= 2 && (w.startsWith("\"") && w.endsWith("\"")
        || w.startsWith("`") && w.endsWith("`"))) {
      String inner = w.substring(1, w.length() - 1);
      return inner.contains("\\") ? new Opaque() : new Literal(inner, true);
    }
    if (w.matches("-?\\d+|true|false|nil")) {
      return new Literal(w, false);
    }
    return new Opaque();
  }

  /** Splits at {@code sep} outside string literals and parentheses. */
  private static List<String> split(String s, char sep) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == '\\' && quote == '"') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '`' || c == '\'') {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0 && (c == sep || sep == ' ' && Character.isWhitespace(c))) {
        out.add(s.substring(start, i));
        start = i + 1;
      }
    }
    out.add(s.substring(start));
    return out;
  }
}
