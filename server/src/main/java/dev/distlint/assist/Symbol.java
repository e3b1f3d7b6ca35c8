package dev.distlint.assist;

import dev.distlint.base.TextRange;
import java.util.List;

/**
 * One entry of a file's outline: a Kubernetes object, a topology, a child, an Oban queue, a
 * vm.args flag. {@code range} covers the whole entry, {@code selection} its name.
 */
public record Symbol(String name, String detail, Kind kind, TextRange range, TextRange selection,
    List<Symbol> children) {

  /** What the entry is, as the editor shows it. */
  public enum Kind { OBJECT, MODULE, KEY, VARIABLE, FLAG, EVENT, NAMESPACE }

  public Symbol {
    children = List.copyOf(children);
  }

  static Symbol leaf(String name, String detail, Kind kind, TextRange range, TextRange selection) {
    return new Symbol(name, detail, kind, range, selection, List.of());
  }
}
