package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import java.util.List;

/**
 * A number literal: {@code 5_000}, {@code 0x1F}, {@code 1.5e3}, a character literal {@code ?a}
 * (its code point), or a literal negated in place ({@code -1}). {@code text} is the source text;
 * {@code value} is a {@link Long}, {@link java.math.BigInteger} or {@link Double}, or null when the
 * text is not a well-formed number (for instance half-typed {@code 0x}).
 */
public record ExNumber(String text, Number value, TextRange range) implements ExNode {
  @Override
  public List<ExNode> children() {
    return List.of();
  }
}
