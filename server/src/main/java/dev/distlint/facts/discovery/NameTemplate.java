package dev.distlint.facts.discovery;

import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A node basename as a sequence of literal text, plain variable references and opaque parts
 * (expansions with operators, command substitutions, EEx tags), so that two basenames written in
 * different files can be compared without evaluating anything.
 */
public record NameTemplate(List<Piece> pieces) {
  /** One part: {@code text} for a literal, {@code variable} for {@code ${NAME}}, else opaque. */
  record Piece(String text, String variable) {
    public boolean literal() {
      return text != null;
    }

    boolean opaque() {
      return text == null && variable == null;
    }
  }

  private static final Set<String> ENV_READS =
      Set.of("System.get_env", "System.fetch_env!", "System.fetch_env");

  /**
   * Reads a basename as written in a shell word ({@code ${FLY_APP_NAME}-${REF##*-}}): {@code
   * ${NAME}} and {@code $NAME} are variables; other {@code ${...}}, {@code $(...)}, backquotes and
   * EEx tags are opaque; the rest is literal. A single left-to-right pass (see {@link Closers}).
   */
  public static NameTemplate ofShell(String word) {
    List<Piece> out = new ArrayList<>();
    Closers closers = new Closers(word);
    int last = 0;
    int i = 0;
    while (i < word.length()) {
      int end = -1;
      String var = null;
      char c = word.charAt(i);
      if (c == '$' && word.startsWith("{", i + 1)) {
        int name = identifierEnd(word, i + 2);
        if (name > i + 2 && word.startsWith("}", name)) {
          var = word.substring(i + 2, name);
          end = name + 1;
        } else {
          int close = closers.after('}', i + 2);
          end = close < 0 ? -1 : close + 1;
        }
      } else if (c == '$' && identifierEnd(word, i + 1) > i + 1) {
        end = identifierEnd(word, i + 1);
        var = word.substring(i + 1, end);
      } else if (c == '$' && word.startsWith("(", i + 1)) {
        int close = closers.after(')', i + 2);
        end = close < 0 ? -1 : close + 1;
      } else if (c == '`') {
        int close = closers.after('`', i + 1);
        end = close < 0 ? -1 : close + 1;
      } else if (c == '<' && word.startsWith("%", i + 1)) {
        int close = closers.after('%', i + 2);
        end = close >= 0 && word.startsWith(">", close + 1) ? close + 2 : -1;
      }
      if (end < 0) {
        i++;
        continue;
      }
      if (i > last) {
        out.add(new Piece(word.substring(last, i), null));
      }
      out.add(new Piece(null, var));
      last = end;
      i = end;
    }
    if (last < word.length()) {
      out.add(new Piece(word.substring(last), null));
    }
    return new NameTemplate(List.copyOf(out));
  }

  private static int identifierEnd(String s, int from) {
    if (from >= s.length() || !(Character.isLetter(s.charAt(from)) && s.charAt(from) < 128
        || s.charAt(from) == '_')) {
      return from;
    }
    int j = from + 1;
    while (j < s.length() && (s.charAt(j) < 128 && Character.isLetterOrDigit(s.charAt(j))
        || s.charAt(j) == '_')) {
      j++;
    }
    return j;
  }

  /**
   * The next closing character at or after a position, each answer reused while it stays valid:
   * openings without a closer cost one search in all, not one each.
   */
  private static final class Closers {
    private final String s;
    private final int[] next = new int[128];

    Closers(String s) {
      this.s = s;
      java.util.Arrays.fill(next, -2);
    }

    int after(char closer, int from) {
      int known = next[closer];
      if (known == -1 || known >= from) {
        return known;
      }
      next[closer] = s.indexOf(closer, from);
      return next[closer];
    }
  }

  /** Reads a config value: a string literal or {@code System.get_env("NAME")}; else null. */
  public static NameTemplate ofConfig(ExNode value) {
    if (value == null) {
      return null;
    }
    if (value.asStringValue().isPresent()) {
      return new NameTemplate(List.of(new Piece(value.asStringValue().get(), null)));
    }
    if (value instanceof ExCall c && ENV_READS.contains(c.name()) && c.args().size() == 1
        && c.args().get(0).asStringValue().isPresent()) {
      return new NameTemplate(List.of(new Piece(null, c.args().get(0).asStringValue().get())));
    }
    return null;
  }

  /** The literal text when every part is literal, else null. */
  public String literal() {
    StringBuilder sb = new StringBuilder();
    for (Piece p : pieces) {
      if (!p.literal()) {
        return null;
      }
      sb.append(p.text());
    }
    return sb.toString();
  }

  /**
   * True when the two can never produce the same name: both literal and different, or one is a
   * lone variable that the other extends with literal text (it is then always longer).
   */
  public boolean neverEquals(NameTemplate other) {
    String a = literal();
    String b = other.literal();
    if (a != null && b != null) {
      return !a.equals(b);
    }
    return extendsLone(other) || other.extendsLone(this);
  }

  private boolean extendsLone(NameTemplate lone) {
    if (lone.pieces.size() != 1 || lone.pieces.get(0).variable() == null) {
      return false;
    }
    String v = lone.pieces.get(0).variable();
    boolean hasVar = pieces.stream().anyMatch(p -> v.equals(p.variable()));
    boolean hasText = pieces.stream().anyMatch(p -> p.literal() && !p.text().isEmpty());
    return hasVar && hasText;
  }

  /** As written, with variables as {@code ${NAME}}. */
  public String display() {
    StringBuilder sb = new StringBuilder();
    for (Piece p : pieces) {
      sb.append(p.literal() ? p.text() : p.variable() != null ? "${" + p.variable() + "}" : "…");
    }
    return sb.toString();
  }
}
