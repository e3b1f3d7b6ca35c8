package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Text with {@code «...»} range markers (nestable), stripped, and the ranges they marked. */
public final class Marked {
  public final String text;
  /** Ranges in the order their opening markers appear. */
  public final List<TextRange> ranges;

  private Marked(String text, List<TextRange> ranges) {
    this.text = text;
    this.ranges = ranges;
  }

  public static Marked of(String marked) {
    StringBuilder out = new StringBuilder();
    Deque<int[]> open = new ArrayDeque<>();
    List<int[]> found = new ArrayList<>();
    int order = 0;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == '«') {
        open.push(new int[] {out.length(), order++, -1});
      } else if (c == '»') {
        int[] r = open.pop();
        r[2] = out.length();
        found.add(r);
      } else {
        out.append(c);
      }
    }
    if (!open.isEmpty()) {
      throw new IllegalArgumentException("unclosed « marker");
    }
    found.sort((a, b) -> Integer.compare(a[1], b[1]));
    List<TextRange> ranges = found.stream().map(r -> TextRange.of(r[0], r[2])).toList();
    return new Marked(out.toString(), ranges);
  }

  public TextRange range(int i) {
    return ranges.get(i);
  }

  public ElixirFile parse() {
    return ElixirFile.parse(text);
  }
}
