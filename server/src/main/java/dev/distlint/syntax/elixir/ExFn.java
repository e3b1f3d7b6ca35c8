package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import java.util.List;

/**
 * An anonymous function {@code fn ... end}. {@code clauses} are normally {@link ExClause}s; in
 * half-typed code (no {@code ->} yet) they are the plain statements found.
 */
public record ExFn(List<ExNode> clauses, TextRange range) implements ExNode {
  public ExFn {
    clauses = List.copyOf(clauses);
  }

  @Override
  public List<ExNode> children() {
    return clauses;
  }
}
