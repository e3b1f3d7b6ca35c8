package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import java.util.List;

/**
 * A single-quoted charlist ({@code 'abc'}) or {@code '''} heredoc. Kept apart from
 * {@link ExString} because Erlang libraries configured from Elixir often require one or the other
 * and rules need to tell them apart. {@code value} is null when interpolated.
 */
public record ExCharlist(String value, boolean interpolated, List<ExNode> interpolations,
    TextRange range) implements ExNode {
  public ExCharlist {
    interpolations = List.copyOf(interpolations);
  }

  @Override
  public List<ExNode> children() {
    return interpolations;
  }
}
