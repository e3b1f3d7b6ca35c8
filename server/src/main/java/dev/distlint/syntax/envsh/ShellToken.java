package dev.distlint.syntax.envsh;

import dev.distlint.base.TextRange;

/** A word, an operator ({@code ;}, {@code ;;}, {@code &&}, {@code |}, {@code (}, {@code >}, ...) or a line break. */
record ShellToken(Kind kind, String text, TextRange range, ShellWord word) {
  enum Kind { WORD, OP, NEWLINE }

  boolean isWord(String s) {
    return kind == Kind.WORD && text.equals(s) && word.quotes().isEmpty();
  }

  boolean isOp(String s) {
    return kind == Kind.OP && text.equals(s);
  }

  /** Whether this ends a command: a line break or {@code ; & && || | ;; ;& ;;& ( )}. */
  boolean endsCommand() {
    return kind == Kind.NEWLINE || (kind == Kind.OP && !isRedirect());
  }

  boolean isRedirect() {
    return kind == Kind.OP && (text.startsWith("<") || text.startsWith(">"));
  }
}
