package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * A module attribute: {@code @name value} when set, {@code @name} (value null) when read.
 * {@code nameRange} covers the name after the {@code @}.
 */
public record ExAttribute(String name, ExNode value, TextRange nameRange, TextRange range)
    implements ExNode {
  @Override
  public List<ExNode> children() {
    List<ExNode> out = new ArrayList<>(1);
    if (value != null) {
      out.add(value);
    }
    return out;
  }
}
