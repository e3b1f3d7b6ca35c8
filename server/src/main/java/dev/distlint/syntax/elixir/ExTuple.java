package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import java.util.List;

/**
 * A tuple {@code {...}}. Trailing keyword items become one {@link ExList} item, as in Elixir, so
 * {@code {DNSCluster, query: q}} has two items: the alias and the keyword list.
 */
public record ExTuple(List<ExNode> items, TextRange range) implements ExNode {
  public ExTuple {
    items = List.copyOf(items);
  }

  @Override
  public List<ExNode> children() {
    return items;
  }
}
