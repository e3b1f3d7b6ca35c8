package dev.distlint.base;

import java.util.List;

/**
 * A mechanical fix: text edits, possibly across several files. {@code safe} fixes are applied by
 * {@code check --fix}; the others are offered only as editor quick fixes.
 */
public record Fix(String title, List<FileEdit> edits, boolean safe) {
  public Fix {
    edits = List.copyOf(edits);
  }

  /** Replace {@code range} of the file at {@code path} with {@code newText}. */
  public record FileEdit(String path, TextRange range, String newText) {
  }
}
