package dev.distlint.syntax.toml;

import dev.distlint.base.TextRange;

/**
 * An offset or local date-time, local date or local time, kept as written
 * ({@code 1979-05-27T07:32:00Z}); no rule needs them as instants.
 */
public record TomlDateTime(String text, TextRange range) implements TomlValue {
  @Override
  public String typeName() {
    return "datetime";
  }
}
