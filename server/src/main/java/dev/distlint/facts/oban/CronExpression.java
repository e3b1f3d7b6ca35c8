package dev.distlint.facts.oban;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a crontab expression the way Oban's parser reads it: a nickname, or five fields
 * (minute 0-59, hour 0-23, day 1-31, month 1-12 or JAN-DEC, weekday 0-6 or SUN-SAT), each a
 * comma list of {@code *}, {@code N}, {@code N-M}, {@code * /S}, {@code N/S} or {@code N-M/S}
 * with a step of 1 to 99.
 */
public final class CronExpression {
  static final Set<String> NICKNAMES = Set.of("@annually", "@yearly", "@monthly", "@weekly",
      "@midnight", "@daily", "@hourly", "@reboot");
  private static final List<String> FIELDS = List.of("minute", "hour", "day", "month", "weekday");
  private static final int[][] RANGES = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 6}};
  private static final Map<String, String> MONTHS = Map.ofEntries(Map.entry("JAN", "1"),
      Map.entry("FEB", "2"), Map.entry("MAR", "3"), Map.entry("APR", "4"), Map.entry("MAY", "5"),
      Map.entry("JUN", "6"), Map.entry("JUL", "7"), Map.entry("AUG", "8"), Map.entry("SEP", "9"),
      Map.entry("OCT", "10"), Map.entry("NOV", "11"), Map.entry("DEC", "12"));
  private static final Map<String, String> DAYS = Map.of("SUN", "0", "MON", "1", "TUE", "2",
      "WED", "3", "THU", "4", "FRI", "5", "SAT", "6");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern STEP = Pattern.compile("\\*/[1-9]\\d?");
  private static final Pattern RANGE_STEP = Pattern.compile("\\d+(-\\d+)?/[1-9]\\d?");
  private static final Pattern RANGE = Pattern.compile("\\d+-\\d+");

  private CronExpression() {
  }

  /** Why the expression is rejected, or null when Oban accepts it. */
  public static String problem(String expr) {
    String e = expr.trim();
    if (e.startsWith("@")) {
      return NICKNAMES.contains(e) ? null : "unknown nickname " + e;
    }
    String[] parts = e.isEmpty() ? new String[0] : SPACE.split(e);
    if (parts.length != 5) {
      return parts.length + " fields instead of 5 (minute hour day month weekday)";
    }
    for (int i = 0; i < 5; i++) {
      String field = i == 3 ? names(parts[i], MONTHS) : i == 4 ? names(parts[i], DAYS) : parts[i];
      String p = field(field, RANGES[i][0], RANGES[i][1]);
      if (p != null) {
        return FIELDS.get(i) + " field '" + parts[i] + "': " + p;
      }
    }
    return null;
  }

  private static String names(String field, Map<String, String> names) {
    String f = field.toUpperCase(Locale.ROOT);
    for (Map.Entry<String, String> n : names.entrySet()) {
      f = f.replace(n.getKey(), n.getValue());
    }
    return f;
  }

  private static String field(String field, int min, int max) {
    for (String part : field.split(",", -1)) {
      String p = part(part, min, max);
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  private static String part(String part, int min, int max) {
    if (part.equals("*") || STEP.matcher(part).matches()) {
      return null;
    }
    String range = part;
    if (RANGE_STEP.matcher(part).matches()) {
      range = part.substring(0, part.indexOf('/'));
    } else if (!NUMBER.matcher(part).matches() && !RANGE.matcher(part).matches()) {
      return "'" + part + "' is not a number, range, list or step";
    }
    String[] ends = range.split("-");
    long lo = parse(ends[0]);
    long hi = ends.length > 1 ? parse(ends[1]) : (range.equals(part) ? lo : max);
    if (lo > hi) {
      return "range " + range + " runs backwards";
    }
    if (lo < min || hi > max) {
      return range + " is outside " + min + "-" + max;
    }
    return null;
  }

  private static long parse(String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }
}
