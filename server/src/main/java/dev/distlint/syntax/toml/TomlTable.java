package dev.distlint.syntax.toml;

import dev.distlint.base.TextRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table: the root, a {@code [header]} table, an element of an array of tables, a table made
 * by dotted keys, or an inline table. Entries keep the order in which they were written.
 * Lookups take dotted paths ({@code get("http_service.internal_port")}); a key that itself
 * contains a dot is reached with {@link #get(List)}.
 */
public final class TomlTable implements TomlValue {

  public enum Kind { ROOT, HEADER, ARRAY_ELEMENT, IMPLICIT, INLINE }

  private final Map<String, TomlEntry> entries = new LinkedHashMap<>();
  private final Kind kind;
  private TextRange headerRange;
  private TextRange range;
  private boolean defined;

  TomlTable(Kind kind, TextRange range, TextRange headerRange) {
    this.kind = kind;
    this.range = range;
    this.headerRange = headerRange;
    this.defined = kind != Kind.IMPLICIT;
  }

  // ---- building (package-private) ----

  void put(String key, TextRange keyRange, TomlValue value) {
    entries.put(key, new TomlEntry(key, keyRange, value));
    extend(keyRange.union(value.range()));
  }

  void extend(TextRange r) {
    if (kind != Kind.INLINE) {
      range = range.union(r);
    }
  }

  void setRange(TextRange r) {
    range = r;
  }

  boolean isDefined() {
    return defined;
  }

  /** An implicit table ({@code a} of {@code [a.b]}) gets its own {@code [a]} header. */
  void define(TextRange header) {
    defined = true;
    headerRange = header;
    range = header.union(range);
  }

  // ---- reading ----

  public Kind kind() {
    return kind;
  }

  /** The {@code [name]} or {@code [[name]]} header that opened this table, or null. */
  public TextRange headerRange() {
    return headerRange;
  }

  @Override
  public TextRange range() {
    return range;
  }

  @Override
  public String typeName() {
    return kind == Kind.INLINE ? "inline table" : "table";
  }

  public List<TomlEntry> entries() {
    return List.copyOf(entries.values());
  }

  public List<String> keys() {
    return new ArrayList<>(entries.keySet());
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  public Optional<TomlEntry> entry(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  /** The entry at a dotted path, such as {@code http_service.internal_port}. */
  public Optional<TomlEntry> entryAt(String dottedPath) {
    List<String> path = split(dottedPath);
    TomlTable table = this;
    for (int i = 0; i < path.size() - 1; i++) {
      TomlEntry e = table.entries.get(path.get(i));
      if (e == null || !(e.value() instanceof TomlTable t)) {
        return Optional.empty();
      }
      table = t;
    }
    return path.isEmpty() ? Optional.empty() : table.entry(path.get(path.size() - 1));
  }

  public Optional<TomlValue> get(String dottedPath) {
    return entryAt(dottedPath).map(TomlEntry::value);
  }

  public Optional<TomlValue> get(List<String> path) {
    TomlValue v = this;
    for (String key : path) {
      if (!(v instanceof TomlTable t) || !t.entries.containsKey(key)) {
        return Optional.empty();
      }
      v = t.entries.get(key).value();
    }
    return Optional.of(v);
  }

  public Optional<TomlTable> getTable(String dottedPath) {
    return get(dottedPath).flatMap(TomlValue::asTable);
  }

  /**
   * The tables of {@code [[name]]} (or of an inline array of tables) at a dotted path, in
   * order; empty when there is none.
   */
  public List<TomlTable> getArrayOfTables(String dottedPath) {
    return get(dottedPath).flatMap(TomlValue::asArray).map(TomlArray::tables).orElse(List.of());
  }

  public Optional<String> getString(String dottedPath) {
    return get(dottedPath).flatMap(TomlValue::asString);
  }

  public Optional<Long> getLong(String dottedPath) {
    return get(dottedPath).flatMap(TomlValue::asLong);
  }

  public Optional<Boolean> getBoolean(String dottedPath) {
    return get(dottedPath).flatMap(TomlValue::asBoolean);
  }

  private static List<String> split(String dottedPath) {
    return dottedPath == null || dottedPath.isEmpty() ? List.of()
        : Arrays.asList(dottedPath.split("\\.", -1));
  }

  @Override
  public String toString() {
    return "TomlTable" + entries.keySet();
  }
}
