package dev.distlint.syntax.toml;

import dev.distlint.base.TextRange;
import java.util.List;

/**
 * A parsed TOML file: the root table with everything that parsed, the errors, and the comments.
 */
public record TomlDocument(TomlTable root, List<TomlError> errors, List<TextRange> comments) {
  public TomlDocument {
    errors = List.copyOf(errors);
    comments = List.copyOf(comments);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }
}
