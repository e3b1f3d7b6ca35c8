package dev.distlint.base;

/**
 * A half-open range of UTF-16 char offsets into one file's text: {@code [start, end)}.
 * The engine works in offsets only; positions (line/character, UTF-16 or UTF-8) are computed at
 * the protocol edge from a {@link dev.distlint.base.LineIndex}.
 */
public record TextRange(int start, int end) implements Comparable<TextRange> {
  public static final TextRange EMPTY = new TextRange(0, 0);

  public TextRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }
  }

  public static TextRange of(int start, int end) {
    return new TextRange(start, end);
  }

  public static TextRange at(int offset) {
    return new TextRange(offset, offset);
  }

  public int length() {
    return end - start;
  }

  public boolean contains(int offset) {
    return offset >= start && offset <= end;
  }

  public boolean containsRange(TextRange other) {
    return other.start >= start && other.end <= end;
  }

  public TextRange shift(int delta) {
    return new TextRange(start + delta, end + delta);
  }

  public TextRange union(TextRange other) {
    return new TextRange(Math.min(start, other.start), Math.max(end, other.end));
  }

  @Override
  public int compareTo(TextRange o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
