package dev.distlint.syntax.toml;

import dev.distlint.base.TextRange;

/**
 * A string, with escapes resolved.
 *
 * @param value the decoded text
 * @param range from the opening quote to the closing quote, inclusive
 * @param style how it was written
 */
public record TomlString(String value, TextRange range, Style style) implements TomlValue {
  public enum Style { BASIC, LITERAL, MULTILINE_BASIC, MULTILINE_LITERAL }

  @Override
  public String typeName() {
    return "string";
  }
}
