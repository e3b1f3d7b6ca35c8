package dev.distlint.syntax.toml;

import dev.distlint.base.TextRange;

/** An integer ({@code 5}, {@code 1_000}, {@code 0x1F}); {@code text} is as written. */
public record TomlInteger(long value, String text, TextRange range) implements TomlValue {
  @Override
  public String typeName() {
    return "integer";
  }
}
