package dev.distlint.syntax;

import dev.distlint.base.TextRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Test text with range markers: {@code «...»} marks a range, and the markers are stripped.
 * Ranges are numbered in the order their {@code «} appears; they may nest.
 */
public final class Marked {
  public final String text;
  private final List<TextRange> ranges;

  private Marked(String text, List<TextRange> ranges) {
    this.text = text;
    this.ranges = ranges;
  }

  public static Marked of(String marked) {
    StringBuilder out = new StringBuilder();
    List<int[]> found = new ArrayList<>();
    Deque<int[]> open = new ArrayDeque<>();
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == '«') {
        int[] r = {out.length(), -1};
        found.add(r);
        open.push(r);
      } else if (c == '»') {
        open.pop()[1] = out.length();
      } else {
        out.append(c);
      }
    }
    List<TextRange> ranges = new ArrayList<>();
    for (int[] r : found) {
      ranges.add(TextRange.of(r[0], r[1]));
    }
    return new Marked(out.toString(), ranges);
  }

  public TextRange range(int index) {
    return ranges.get(index);
  }

  public int count() {
    return ranges.size();
  }

  public String at(TextRange r) {
    return text.substring(r.start(), r.end());
  }
}
