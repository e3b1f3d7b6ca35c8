package dev.distlint.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations as platforms write them: {@code 30}, {@code "30s"}, {@code "1m30s"}, {@code 500ms}. */
public final class Durations {
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|us|µs|ns|h|m|s)");

  private Durations() {
  }

  /**
   * Milliseconds of a duration string; a bare number counts in {@code bareUnitMillis}; null if
   * unreadable, negative or too large for a long.
   */
  public static Long millis(String text, long bareUnitMillis) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    if (!t.isEmpty() && t.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return times(t, bareUnitMillis);
    }
    Matcher m = PART.matcher(t);
    double total = 0;
    int end = 0;
    while (end < t.length() && m.region(end, t.length()).lookingAt()) {
      double v = Double.parseDouble(m.group(1));
      total += switch (m.group(2)) {
        case "h" -> v * 3_600_000;
        case "m" -> v * 60_000;
        case "s" -> v * 1000;
        case "ms" -> v;
        default -> v / 1000;
      };
      end = m.end();
    }
    return end == t.length() && end > 0 && total < Long.MAX_VALUE ? (long) total : null;
  }

  /** {@code digits} times {@code unit}, or null when either the number or the product overflows. */
  public static Long times(String digits, long unit) {
    try {
      return Math.multiplyExact(Long.parseLong(digits), unit);
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** Seconds as milliseconds; null for a negative count or one too large to express. */
  public static Long secondsToMillis(Long seconds) {
    if (seconds == null || seconds < 0) {
      return null;
    }
    try {
      return Math.multiplyExact(seconds, 1000L);
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /** "45 s", "1.5 s", "500 ms". */
  public static String format(long millis) {
    if (millis % 1000 == 0) {
      return millis / 1000 + " s";
    }
    return millis >= 1000 ? (millis / 100) / 10.0 + " s" : millis + " ms";
  }
}
