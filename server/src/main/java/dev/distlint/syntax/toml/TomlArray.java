package dev.distlint.syntax.toml;

import dev.distlint.base.TextRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An array: written inline ({@code [1, 2]}), or an array of tables built from
 * {@code [[services]]} headers, whose range runs from the first header to the end of the last
 * table.
 */
public final class TomlArray implements TomlValue {
  private final List<TomlValue> items = new ArrayList<>();
  private final boolean ofTables;
  private TextRange range;

  TomlArray(TextRange range, boolean ofTables) {
    this.range = range;
    this.ofTables = ofTables;
  }

  void add(TomlValue item) {
    items.add(item);
  }

  void extend(TextRange r) {
    range = range.union(r);
  }

  void close(int end) {
    range = TextRange.of(range.start(), Math.max(end, range.start()));
  }

  public List<TomlValue> items() {
    return Collections.unmodifiableList(items);
  }

  public int size() {
    return items.size();
  }

  public TomlValue get(int index) {
    return items.get(index);
  }

  /** Whether this array was built from {@code [[name]]} headers. */
  public boolean isArrayOfTables() {
    return ofTables;
  }

  /** The items that are tables, in order. */
  public List<TomlTable> tables() {
    List<TomlTable> out = new ArrayList<>();
    for (TomlValue v : items) {
      if (v instanceof TomlTable t) {
        out.add(t);
      }
    }
    return out;
  }

  @Override
  public TextRange range() {
    if (ofTables && !items.isEmpty()) {
      return range.union(items.get(items.size() - 1).range());
    }
    return range;
  }

  @Override
  public String typeName() {
    return ofTables ? "array of tables" : "array";
  }

  @Override
  public String toString() {
    return "TomlArray" + items;
  }
}
