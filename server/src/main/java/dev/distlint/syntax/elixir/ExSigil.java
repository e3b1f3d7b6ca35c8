package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import java.util.Arrays;
import java.util.List;

/**
 * A sigil such as {@code ~s(...)}, {@code ~w[a b]a}, {@code ~r/../} or {@code ~S"""..."""}.
 * {@code sigil} is the name after the tilde ({@code "w"}, {@code "S"}); {@code content} is the raw
 * source text between the delimiters (escapes are kept, since their meaning depends on the sigil),
 * or null when a lower-case sigil interpolates; {@code modifiers} are the letters after the closing
 * delimiter.
 */
public record ExSigil(String sigil, String content, boolean interpolated,
    List<ExNode> interpolations, String modifiers, TextRange range) implements ExNode {
  public ExSigil {
    interpolations = List.copyOf(interpolations);
  }

  @Override
  public List<ExNode> children() {
    return interpolations;
  }

  /** The words of a {@code ~w}/{@code ~W} sigil; empty for other sigils or when interpolated. */
  public List<String> words() {
    if (content == null || !sigil.equalsIgnoreCase("w") || content.isBlank()) {
      return List.of();
    }
    return Arrays.asList(content.trim().split("\\s+"));
  }
}
