package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * One clause {@code head -> body} of a {@code case}, {@code cond}, {@code receive}, {@code with}
 * else or {@code fn}. {@code head} holds the patterns (several for {@code fn a, b -> ...}); a
 * guard is an {@link ExBinary} {@code when} in the head.
 */
public record ExClause(List<ExNode> head, ExBlock body, TextRange range) implements ExNode {
  public ExClause {
    head = List.copyOf(head);
  }

  @Override
  public List<ExNode> children() {
    List<ExNode> out = new ArrayList<>(head);
    out.add(body);
    return out;
  }
}
