package dev.distlint.report;

import dev.distlint.base.Fix;
import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff (as {@code diff -u} and {@code git apply} read it) of the edits to one file, with
 * three lines of context. Built from the edits themselves, so its cost grows with the edits, not
 * with the file.
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {
  }

  /** A changed run of whole lines: old lines {@code [from, to)} become {@code lines}. */
  private record Block(int from, int to, List<String> lines) {
  }

  /** The diff of applying {@code edits} (sorted, not overlapping) to {@code text}; "" if none. */
  public static String of(String path, String text, List<Fix.FileEdit> edits) {
    List<String> old = splitLines(text);
    List<Integer> starts = lineStarts(old);
    List<Block> blocks = blocks(text, old, starts, edits);
    if (blocks.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    sb.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
    int delta = 0;
    int i = 0;
    while (i < blocks.size()) {
      int j = i;
      while (j + 1 < blocks.size() && blocks.get(j + 1).from() - blocks.get(j).to() <= 2 * CONTEXT) {
        j++;
      }
      int from = Math.max(0, blocks.get(i).from() - CONTEXT);
      int to = Math.min(old.size(), blocks.get(j).to() + CONTEXT);
      StringBuilder body = new StringBuilder();
      int oldLen = 0;
      int newLen = 0;
      int line = from;
      for (int k = i; k <= j; k++) {
        Block b = blocks.get(k);
        for (; line < b.from(); line++, oldLen++, newLen++) {
          emit(body, ' ', old.get(line));
        }
        for (; line < b.to(); line++, oldLen++) {
          emit(body, '-', old.get(line));
        }
        for (String l : b.lines()) {
          emit(body, '+', l);
          newLen++;
        }
      }
      for (; line < to; line++, oldLen++, newLen++) {
        emit(body, ' ', old.get(line));
      }
      int newFrom = from + delta;
      sb.append("@@ -").append(range(from, oldLen)).append(" +").append(range(newFrom, newLen))
          .append(" @@\n").append(body);
      for (int k = i; k <= j; k++) {
        delta += blocks.get(k).lines().size() - (blocks.get(k).to() - blocks.get(k).from());
      }
      i = j + 1;
    }
    return sb.toString();
  }

  private static String range(int from, int len) {
    return (len == 0 ? from : from + 1) + "," + len;
  }

  private static void emit(StringBuilder sb, char mark, String line) {
    sb.append(mark).append(line);
    if (!line.endsWith("\n")) {
      sb.append("\n\\ No newline at end of file\n");
    }
  }

  private static List<Block> blocks(String text, List<String> old, List<Integer> starts,
      List<Fix.FileEdit> edits) {
    List<Block> out = new ArrayList<>();
    int k = 0;
    while (k < edits.size()) {
      int a = lineOf(starts, edits.get(k).range().start());
      int b = lastLine(starts, edits.get(k).range().start(), edits.get(k).range().end());
      int m = k;
      while (m + 1 < edits.size() && lineOf(starts, edits.get(m + 1).range().start()) <= b) {
        m++;
        b = Math.max(b, lastLine(starts, edits.get(m).range().start(), edits.get(m).range().end()));
      }
      int blockStart = a < old.size() ? starts.get(a) : text.length();
      int blockEnd = b + 1 < starts.size() ? starts.get(b + 1) : text.length();
      StringBuilder nt = new StringBuilder();
      int pos = blockStart;
      for (int e = k; e <= m; e++) {
        Fix.FileEdit fe = edits.get(e);
        int s = Math.min(Math.max(fe.range().start(), pos), text.length());
        nt.append(text, pos, s).append(fe.newText());
        pos = Math.min(Math.max(fe.range().end(), s), text.length());
      }
      nt.append(text, pos, Math.max(pos, blockEnd));
      int from = Math.min(a, old.size());
      int to = Math.min(b + 1, old.size());
      List<String> lines = splitLines(nt.toString());
      // Lines the edits left as they were are context, not changes.
      int p = 0;
      while (from + p < to && p < lines.size() && old.get(from + p).equals(lines.get(p))) {
        p++;
      }
      int q = 0;
      while (to - q > from + p && lines.size() - q > p
          && old.get(to - q - 1).equals(lines.get(lines.size() - q - 1))) {
        q++;
      }
      if (from + p < to - q || p < lines.size() - q) {
        out.add(new Block(from + p, to - q, List.copyOf(lines.subList(p, lines.size() - q))));
      }
      k = m + 1;
    }
    return out;
  }

  private static int lastLine(List<Integer> starts, int start, int end) {
    return end > start ? lineOf(starts, end - 1) : lineOf(starts, start);
  }

  private static int lineOf(List<Integer> starts, int offset) {
    int lo = 0;
    int hi = starts.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts.get(mid) <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return Math.max(lo, 0);
  }

  private static List<Integer> lineStarts(List<String> lines) {
    List<Integer> out = new ArrayList<>();
    int pos = 0;
    for (String l : lines) {
      out.add(pos);
      pos += l.length();
    }
    if (out.isEmpty()) {
      out.add(0);
    }
    return out;
  }

  /** Lines with their line ends kept; no empty last element after a final newline. */
  static List<String> splitLines(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        out.add(text.substring(from, i + 1));
        from = i + 1;
      }
    }
    if (from < text.length()) {
      out.add(text.substring(from));
    }
    return out;
  }
}
