package dev.distlint.syntax.toml;

import dev.distlint.base.TextRange;
import java.util.Optional;

/** A TOML value with its range in the file. */
public sealed interface TomlValue
    permits TomlString, TomlInteger, TomlFloat, TomlBoolean, TomlDateTime, TomlArray, TomlTable {

  /** The value as written; for a table defined by a header, from the header to its last entry. */
  TextRange range();

  /** A short type name for messages: {@code string}, {@code integer}, {@code table}, ... */
  String typeName();

  default Optional<String> asString() {
    return this instanceof TomlString s ? Optional.of(s.value()) : Optional.empty();
  }

  default Optional<Long> asLong() {
    return this instanceof TomlInteger i ? Optional.of(i.value()) : Optional.empty();
  }

  default Optional<Double> asDouble() {
    if (this instanceof TomlFloat f) {
      return Optional.of(f.value());
    }
    return this instanceof TomlInteger i ? Optional.of((double) i.value()) : Optional.empty();
  }

  default Optional<Boolean> asBoolean() {
    return this instanceof TomlBoolean b ? Optional.of(b.value()) : Optional.empty();
  }

  default Optional<TomlTable> asTable() {
    return this instanceof TomlTable t ? Optional.of(t) : Optional.empty();
  }

  default Optional<TomlArray> asArray() {
    return this instanceof TomlArray a ? Optional.of(a) : Optional.empty();
  }
}
