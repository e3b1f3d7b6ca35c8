package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import java.util.List;
import java.util.Optional;

/**
 * A list {@code [...]}. Keyword items ({@code key: value}) are {@link ExPair} items, as in Elixir
 * where {@code [a: 1]} is a list of pairs. A trailing keyword list written without brackets (in
 * call arguments and tuples) is also an {@code ExList}; its range then covers the items only.
 */
public record ExList(List<ExNode> items, TextRange range) implements ExNode {
  public ExList {
    items = List.copyOf(items);
  }

  @Override
  public List<ExNode> children() {
    return items;
  }

  /** True when every item is a keyword pair (or a {@code {:atom, value}} tuple); true when empty. */
  public boolean isKeywordList() {
    for (ExNode item : items) {
      if (asKeywordPair(item).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first item whose key is the atom {@code key}: a {@code key: value} pair, or a
   * {@code {:key, value}} tuple presented as a pair whose range is the tuple's.
   */
  public Optional<ExPair> keyword(String key) {
    for (ExNode item : items) {
      Optional<ExPair> pair = asKeywordPair(item);
      if (pair.isPresent() && key.equals(pair.get().keyName())) {
        return pair;
      }
    }
    return Optional.empty();
  }

  /** The value of {@link #keyword(String)}. */
  public Optional<ExNode> keywordValue(String key) {
    return keyword(key).map(ExPair::value);
  }

  /** The keyword pairs of this list, tuples with an atom first presented as pairs. */
  public List<ExPair> pairs() {
    return items.stream().map(ExList::asKeywordPair).flatMap(Optional::stream).toList();
  }

  static Optional<ExPair> asKeywordPair(ExNode item) {
    if (item instanceof ExPair p && p.key() instanceof ExAtom) {
      return Optional.of(p);
    }
    if (item instanceof ExTuple t && t.items().size() == 2 && t.items().get(0) instanceof ExAtom a) {
      return Optional.of(new ExPair(a, t.items().get(1), a.range(), t.range()));
    }
    return Optional.empty();
  }
}
