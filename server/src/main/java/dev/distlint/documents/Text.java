package dev.distlint.documents;

import dev.distlint.base.LineIndex;

/**
 * A text and its line index, built on first use and then shared: the one holder behind both a
 * file snapshot ({@link SourceFile}) and an open editor document ({@link TextDocument}).
 */
public final class Text {
  private final String value;
  private volatile LineIndex lines;

  public Text(String value) {
    this.value = value;
  }

  /** A text whose line index is already known, so it is not rebuilt. */
  public Text(String value, LineIndex lines) {
    this.value = value;
    this.lines = lines;
  }

  public String value() {
    return value;
  }

  public LineIndex lines() {
    LineIndex l = lines;
    if (l == null) {
      l = new LineIndex(value);
      lines = l;
    }
    return l;
  }
}
