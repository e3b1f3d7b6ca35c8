package dev.distlint.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations as platforms write them: {@code 30}, {@code "30s"}, {@code "1m30s"}, {@code 500ms}. */
public final class Durations {
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|us|µs|ns|h|m|s)");

  private Durations() {
  }

  /** Milliseconds of a duration string; a bare number counts in {@code bareUnitMillis}; null if unreadable. */
  public static Long millis(String text, long bareUnitMillis) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    if (t.matches("\\d+")) {
      return Long.parseLong(t) * bareUnitMillis;
    }
    Matcher m = PART.matcher(t);
    long total = 0;
    int end = 0;
    while (m.find()) {
      if (m.start() != end) {
        return null;
      }
      double v = Double.parseDouble(m.group(1));
      total += (long) switch (m.group(2)) {
        case "h" -> v * 3_600_000;
        case "m" -> v * 60_000;
        case "s" -> v * 1000;
        case "ms" -> v;
        default -> v / 1000;
      };
      end = m.end();
    }
    return end == t.length() && end > 0 ? total : null;
  }

  /** "45 s", "1.5 s", "500 ms". */
  public static String format(long millis) {
    if (millis % 1000 == 0) {
      return millis / 1000 + " s";
    }
    return millis >= 1000 ? (millis / 100) / 10.0 + " s" : millis + " ms";
  }
}
