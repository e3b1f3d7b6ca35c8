package dev.distlint.syntax.toml;

import dev.distlint.base.TextRange;

/** {@code true} or {@code false}. */
public record TomlBoolean(boolean value, TextRange range) implements TomlValue {
  @Override
  public String typeName() {
    return "boolean";
  }
}
