package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import java.util.List;

/**
 * A prefix operator: {@code not}, {@code !}, {@code -}/{@code +} on a non-literal, {@code ^}
 * (pin), {@code &} (capture), {@code ~~~}, and {@code @} on something that is not a plain
 * attribute name.
 */
public record ExUnary(String op, ExNode operand, TextRange range) implements ExNode {
  @Override
  public List<ExNode> children() {
    return List.of(operand);
  }
}
