package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import java.util.List;

/**
 * A bare identifier that is not followed by arguments: a variable ({@code topologies}) or a
 * zero-arity call written without parentheses (which the text alone cannot tell apart), and the
 * special forms {@code __MODULE__}, {@code __ENV__}.
 */
public record ExVar(String name, TextRange range) implements ExNode {
  @Override
  public List<ExNode> children() {
    return List.of();
  }
}
