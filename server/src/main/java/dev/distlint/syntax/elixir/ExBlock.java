package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import java.util.List;

/**
 * A sequence of statements: the whole file, a section of a do-block, a clause body, or
 * {@code (a; b)}. {@code label} names the do-block section ({@code "do"}, {@code "else"},
 * {@code "after"}, {@code "rescue"}, {@code "catch"}) and is null otherwise. A section's range
 * runs from its label keyword to the end of its last statement. When the block is made of clauses
 * ({@code pattern -> body}, as in {@code case} and {@code fn}) its statements are
 * {@link ExClause}s.
 */
public record ExBlock(String label, List<ExNode> statements, TextRange range) implements ExNode {
  public ExBlock {
    statements = List.copyOf(statements);
  }

  @Override
  public List<ExNode> children() {
    return statements;
  }
}
