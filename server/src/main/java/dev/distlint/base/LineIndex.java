package dev.distlint.base;

import java.util.Arrays;

/**
 * Line starts of one text, for converting char offsets to (line, character) positions and back.
 * Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, as the LSP specification says.
 * Characters are counted in the negotiated {@link PositionEncoding}; offsets are UTF-16 chars
 * (Java string indices).
 */
public final class LineIndex {
  private final String text;
  private final int[] starts;

  public LineIndex(String text) {
    this.text = text;
    int[] s = new int[16];
    int n = 0;
    s[n++] = 0;
    int len = text.length();
    if (text.indexOf('\r') < 0) {
      // line feeds only, the common case: found by the library's (vectorised) search
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        if (n == s.length) {
          s = Arrays.copyOf(s, n * 2);
        }
        s[n++] = i + 1;
      }
      this.starts = Arrays.copyOf(s, n);
      return;
    }
    for (int i = 0; i < len; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < len && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (n == s.length) {
          s = Arrays.copyOf(s, n * 2);
        }
        s[n++] = i + 1;
      }
    }
    this.starts = Arrays.copyOf(s, n);
  }

  private LineIndex(String text, int[] starts) {
    this.text = text;
    this.starts = starts;
  }

  /**
   * The index of {@code edited}: this index's text with the chars from {@code start} to
   * {@code end} replaced by {@code inserted}. Equal to {@code new LineIndex(edited)}, without
   * reading the whole text again: line starts before the edit are kept, those after it shift,
   * and only the edited stretch (with a char either side, for a CRLF pair it may join or split)
   * is scanned.
   */
  public LineIndex edited(int start, int end, String inserted, String edited) {
    int delta = inserted.length() - (end - start);
    int len = edited.length();
    if (start < 0 || end < start || end > text.length() || len != text.length() + delta) {
      return new LineIndex(edited);
    }
    // A line start p > 0 depends on the chars at p - 1 and p only.
    int keep = Math.max(1, lowerBound(starts, start)); // 0, and the starts before the edit
    int tail = lowerBound(starts, end + 2);             // the starts after it, shifted by delta
    int from = Math.max(start - 1, 0);
    int to = Math.min(start + inserted.length(), len - 1);
    int middle = 0;
    for (int i = from; i <= to; i++) {
      if (breaksAt(edited, i)) {
        middle++;
      }
    }
    int[] s = new int[keep + middle + (starts.length - tail)];
    System.arraycopy(starts, 0, s, 0, keep);
    int n = keep;
    for (int i = from; i <= to; i++) {
      if (breaksAt(edited, i)) {
        s[n++] = i + 1;
      }
    }
    for (int j = tail; j < starts.length; j++) {
      s[n++] = starts[j] + delta;
    }
    return new LineIndex(edited, s);
  }

  /** Whether a line ends with the char at {@code i}: a LF, or a CR not followed by LF. */
  private static boolean breaksAt(String t, int i) {
    char c = t.charAt(i);
    return c == '\n' || c == '\r' && (i + 1 == t.length() || t.charAt(i + 1) != '\n');
  }

  /** The first index of a sorted array holding a value at least {@code key}. */
  private static int lowerBound(int[] a, int key) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  public String text() {
    return text;
  }

  public int lineCount() {
    return starts.length;
  }

  public int lineStart(int line) {
    return starts[Math.max(0, Math.min(line, starts.length - 1))];
  }

  /** Offset of the end of the line's content (before its terminator). */
  public int lineContentEnd(int line) {
    if (line >= starts.length - 1) {
      return text.length();
    }
    int end = starts[line + 1];
    if (end > 0 && text.charAt(end - 1) == '\n') {
      end--;
    }
    if (end > starts[line] && text.charAt(end - 1) == '\r') {
      end--;
    }
    return end;
  }

  /** Zero-based line containing the offset (clamped to the text). */
  public int lineOf(int offset) {
    int off = Math.max(0, Math.min(offset, text.length()));
    int idx = Arrays.binarySearch(starts, off);
    return idx >= 0 ? idx : -idx - 2;
  }

  /** Position of an offset: {line, character} in the given encoding. */
  public Pos position(int offset, PositionEncoding enc) {
    int off = Math.max(0, Math.min(offset, text.length()));
    // An offset in the middle of a CRLF pair or a surrogate pair is moved back to a boundary.
    if (off > 0 && off < text.length() && Character.isLowSurrogate(text.charAt(off))
        && Character.isHighSurrogate(text.charAt(off - 1))) {
      off--;
    }
    int line = lineOf(off);
    int start = starts[line];
    int end = lineContentEnd(line);
    if (off > end) {
      off = end;
    }
    return new Pos(line, columnUnits(start, off, enc));
  }

  /** Offset of a position; characters past the line end clamp to it, lines past the end to EOF. */
  public int offset(int line, int character, PositionEncoding enc) {
    if (line < 0) {
      return 0;
    }
    if (line >= starts.length) {
      return text.length();
    }
    int start = starts[line];
    int end = lineContentEnd(line);
    if (character <= 0) {
      return start;
    }
    if (enc == PositionEncoding.UTF16) {
      // Compared as a length: start + character overflows for characters near Integer.MAX_VALUE.
      int off = character >= end - start ? end : start + character;
      if (off > start && off < end && Character.isLowSurrogate(text.charAt(off))
          && Character.isHighSurrogate(text.charAt(off - 1))) {
        off--;
      }
      return off;
    }
    int units = 0;
    int i = start;
    while (i < end) {
      int cp = text.codePointAt(i);
      int w = unitWidth(cp, enc);
      if (units + w > character) {
        break;
      }
      units += w;
      i += Character.charCount(cp);
    }
    return i;
  }

  private int columnUnits(int from, int to, PositionEncoding enc) {
    if (enc == PositionEncoding.UTF16) {
      return to - from;
    }
    int units = 0;
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      units += unitWidth(cp, enc);
      i += Character.charCount(cp);
    }
    return units;
  }

  private static int unitWidth(int cp, PositionEncoding enc) {
    if (enc == PositionEncoding.UTF32) {
      return 1;
    }
    if (enc == PositionEncoding.UTF16) {
      return Character.charCount(cp);
    }
    if (cp < 0x80) {
      return 1;
    }
    if (cp < 0x800) {
      return 2;
    }
    if (cp < 0x10000) {
      return 3;
    }
    return 4;
  }

  /** A zero-based line and character. */
  public record Pos(int line, int character) {
  }
}
