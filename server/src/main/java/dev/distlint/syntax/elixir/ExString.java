package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import java.util.List;

/**
 * A double-quoted string or {@code """} heredoc. {@code value} holds the decoded text (escapes
 * resolved, heredoc indentation removed) and is null when the string is interpolated, because its
 * value is then only known at run time; the parsed {@code #{...}} expressions are in
 * {@code interpolations}. The range includes the quotes.
 */
public record ExString(String value, boolean interpolated, List<ExNode> interpolations,
    TextRange range) implements ExNode {
  public ExString {
    interpolations = List.copyOf(interpolations);
  }

  @Override
  public List<ExNode> children() {
    return interpolations;
  }
}
