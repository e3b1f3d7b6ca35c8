package dev.distlint.facts.edits;

import dev.distlint.base.Fix;
import dev.distlint.base.TextRange;
import dev.distlint.documents.ParsedFile;

/** Text positions and insertions shared by the fixes of the naming rules. */
public final class TextEdits {
  private TextEdits() {
  }

  /** An edit appending {@code line} (without newline) as the last line of the file. */
  public static Fix.FileEdit appendLine(ParsedFile f, String line) {
    String t = f.text();
    String prefix = t.isEmpty() || t.endsWith("\n") ? "" : "\n";
    return new Fix.FileEdit(f.path(), TextRange.at(t.length()), prefix + line + "\n");
  }

  /** The offset of the start of the line holding {@code offset}. */
  static int lineStart(String text, int offset) {
    int i = Math.min(offset, text.length());
    while (i > 0 && text.charAt(i - 1) != '\n') {
      i--;
    }
    return i;
  }

  /** The column of {@code offset}, counted in chars from its line start. */
  static int column(String text, int offset) {
    return offset - lineStart(text, offset);
  }

  /**
   * The offset just after the line holding the last non-blank char before {@code end}: where a
   * new line goes after a block that ends at {@code end}. Returns the text length when that line
   * is the last one and has no newline.
   */
  static int afterLastLine(String text, int end) {
    int i = Math.min(end, text.length());
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    int nl = text.indexOf('\n', i);
    return nl < 0 ? text.length() : nl + 1;
  }

  static String spaces(int n) {
    return " ".repeat(Math.max(0, n));
  }
}
