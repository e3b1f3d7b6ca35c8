package dev.distlint.assist;

import dev.distlint.base.TextRange;

/** The text of the cursor's line up to the cursor, and the word being typed. */
public record LineContext(String before, int lineStart, TextRange word) {

  public static LineContext at(String text, int offset) {
    int off = Math.max(0, Math.min(offset, text.length()));
    int ls = off;
    while (ls > 0 && text.charAt(ls - 1) != '\n' && text.charAt(ls - 1) != '\r') {
      ls--;
    }
    int ws = off;
    while (ws > ls && isWordChar(text.charAt(ws - 1))) {
      ws--;
    }
    return new LineContext(text.substring(ls, off), ls, new TextRange(ws, off));
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '+';
  }

  /** Indentation of the line (spaces and tabs before the first other character). */
  public int indent() {
    int i = 0;
    while (i < before.length() && (before.charAt(i) == ' ' || before.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** True when only whitespace and the typed word precede the cursor on this line. */
  public boolean atLineStart() {
    return before.substring(0, word.start() - lineStart).isBlank();
  }
}
