package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import java.util.List;

/**
 * Source text the parser did not interpret: an unexpected token, nesting deeper than
 * {@link ElixirParser#MAX_DEPTH}, or (with zero length) a value that is missing where one was
 * expected, as in {@code key:} followed by a new line. Rules treat it as unknown, never as wrong.
 */
public record ExOpaque(TextRange range) implements ExNode {
  public static ExOpaque missing(int offset) {
    return new ExOpaque(TextRange.at(offset));
  }

  @Override
  public List<ExNode> children() {
    return List.of();
  }

  @Override
  public boolean isMissing() {
    return range.length() == 0;
  }
}
