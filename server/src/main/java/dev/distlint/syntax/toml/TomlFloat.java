package dev.distlint.syntax.toml;

import dev.distlint.base.TextRange;

/** A float ({@code 0.5}, {@code 1e6}, {@code inf}); {@code text} is as written. */
public record TomlFloat(double value, String text, TextRange range) implements TomlValue {
  @Override
  public String typeName() {
    return "float";
  }
}
