package dev.distlint.syntax;

/**
 * Line-break helpers shared by the front ends. A line ends at LF, CRLF or a lone CR, so files
 * saved on any platform give the same ranges, and no range ever ends between CR and LF.
 */
public final class Lines {
  private Lines() {}

  public static boolean isBreak(char c) {
    return c == '\n' || c == '\r';
  }

  /** The offset of the first line break at or after {@code pos}, or {@code limit}. */
  public static int lineEnd(CharSequence text, int pos, int limit) {
    int i = pos;
    while (i < limit && !isBreak(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The offset just after the line break at {@code pos} (CRLF counts as one). */
  public static int skipBreak(CharSequence text, int pos, int limit) {
    if (pos < limit && text.charAt(pos) == '\r') {
      pos++;
      if (pos < limit && text.charAt(pos) == '\n') {
        pos++;
      }
      return pos;
    }
    return pos < limit && text.charAt(pos) == '\n' ? pos + 1 : pos;
  }

  /** The start of the next line after {@code pos}, or {@code limit}. */
  public static int nextLine(CharSequence text, int pos, int limit) {
    return skipBreak(text, lineEnd(text, pos, limit), limit);
  }

  /** The number of chars of the code point at {@code pos}, so a range never splits an emoji. */
  public static int codePointLength(CharSequence text, int pos, int limit) {
    if (pos + 1 < limit && Character.isHighSurrogate(text.charAt(pos))
        && Character.isLowSurrogate(text.charAt(pos + 1))) {
      return 2;
    }
    return pos < limit ? 1 : 0;
  }
}
