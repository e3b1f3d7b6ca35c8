package dev.distlint.syntax.toml;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.Lines;
import java.util.ArrayList;
import java.util.List;

/** The position in the text, the errors and comments found so far, and small scanning helpers. */
final class TomlCursor {
  static final int MAX_ERRORS = 1000;

  /** Thrown to abandon a statement after its error was recorded; caught at the line level. */
  static final class Bail extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Bail() {
      super(null, null, false, false);
    }
  }

  final String s;
  final int n;
  int pos;
  final List<TomlError> errors = new ArrayList<>();
  final List<TextRange> comments = new ArrayList<>();

  TomlCursor(String text) {
    this.s = text;
    this.n = text.length();
    this.pos = text.startsWith("\uFEFF") ? 1 : 0;
  }

  char peek() {
    return pos < n ? s.charAt(pos) : '\0';
  }

  char peek(int ahead) {
    return pos + ahead < n ? s.charAt(pos + ahead) : '\0';
  }

  boolean at(String str) {
    return s.startsWith(str, pos);
  }

  boolean atEnd() {
    return pos >= n;
  }

  boolean atBreak() {
    return pos < n && Lines.isBreak(s.charAt(pos));
  }

  void skipSpaces() {
    while (pos < n && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
      pos++;
    }
  }

  /** Skips spaces, line breaks and comments, as allowed inside arrays. */
  void skipBlank() {
    while (pos < n) {
      char c = s.charAt(pos);
      if (c == ' ' || c == '\t' || Lines.isBreak(c)) {
        pos++;
      } else if (c == '#') {
        comment();
      } else {
        return;
      }
    }
  }

  void comment() {
    int end = Lines.lineEnd(s, pos, n);
    comments.add(TextRange.of(pos, end));
    pos = end;
  }

  int lineEnd(int from) {
    return Lines.lineEnd(s, from, n);
  }

  /** The start of the line holding {@code offset}. */
  int lineStart(int offset) {
    int i = Math.min(offset, n);
    while (i > 0 && !Lines.isBreak(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** Whether a line break lies between the two offsets. */
  boolean breakBetween(int from, int to) {
    return lineStart(to) > from;
  }

  /** The code point at the cursor, or an empty range at the end of a line or of the text. */
  TextRange here() {
    if (atBreak()) {
      return TextRange.at(pos);
    }
    return TextRange.of(pos, pos + Lines.codePointLength(s, pos, n));
  }

  String describeHere() {
    if (pos >= n) {
      return "end of file";
    }
    if (atBreak()) {
      return "end of line";
    }
    return "'" + s.substring(pos, pos + Lines.codePointLength(s, pos, n)) + "'";
  }

  void error(String message, TextRange range) {
    if (errors.size() < MAX_ERRORS) {
      errors.add(new TomlError(message, range));
    }
  }

  Bail fail(String message, TextRange range) {
    error(message, range);
    return new Bail();
  }
}
