package dev.distlint.facts.discovery;

import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern PART = Pattern.compile(
      "\\$\\{([A-Za-z_][A-Za-z0-9_]*)}|\\$([A-Za-z_][A-Za-z0-9_]*)|\\$\\{[^}]*}|\\$\\([^)]*\\)"
          + "|`[^`]*`|<%[^%]*%>");
  private static final Set<String> ENV_READS =
      Set.of("System.get_env", "System.fetch_env!", "System.fetch_env");

  /** Reads a basename as written in a shell word ({@code ${FLY_APP_NAME}-${REF##*-}}). */
  public static NameTemplate ofShell(String word) {
    List<Piece> out = new ArrayList<>();
    Matcher m = PART.matcher(word);
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        out.add(new Piece(word.substring(last, m.start()), null));
      }
      String var = m.group(1) != null ? m.group(1) : m.group(2);
      out.add(new Piece(null, var));
      last = m.end();
    }
    if (last < word.length()) {
      out.add(new Piece(word.substring(last), null));
    }
    return new NameTemplate(List.copyOf(out));
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
