package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import java.util.List;

/**
 * A key and its value: a keyword item {@code key: value} (the key is an {@link ExAtom} whose range
 * covers {@code key} without the colon) or a map entry {@code k => v}. {@code keyRange} is the
 * key's range, kept apart so a rule can point at the key of an offending option. When the value
 * was not typed yet ({@code key:} at the end of a line) it is a missing {@link ExOpaque}.
 */
public record ExPair(ExNode key, ExNode value, TextRange keyRange, TextRange range)
    implements ExNode {
  @Override
  public List<ExNode> children() {
    return List.of(key, value);
  }

  /** The key's atom name, or null when the key is not an atom. */
  public String keyName() {
    return key instanceof ExAtom a ? a.name() : null;
  }
}
