package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import java.util.List;

/**
 * A binary operator application: {@code =} (match), {@code ||}, {@code &&}, {@code <>},
 * {@code |>}, {@code ==}, {@code ++}, {@code in}, {@code not in}, {@code when}, {@code |},
 * {@code =>} outside maps, {@code ::}, {@code \\}, {@code <-}, arithmetic. The right operand is a
 * missing {@link ExOpaque} when the text ends after the operator.
 */
public record ExBinary(String op, ExNode left, ExNode right, TextRange range) implements ExNode {
  @Override
  public List<ExNode> children() {
    return List.of(left, right);
  }
}
