package dev.distlint.knowledge;

/** Inclusive integer bounds of a key's value; either side may be null (unbounded). */
public record ValueRange(Long min, Long max) {

  /** Parses {@code "4..1000"}, {@code "1.."} or {@code "..120"}; returns null for null input. */
  static ValueRange parse(String text) {
    if (text == null) {
      return null;
    }
    int dots = text.indexOf("..");
    if (dots < 0) {
      throw new IllegalArgumentException("range must look like min..max: " + text);
    }
    return new ValueRange(bound(text.substring(0, dots)), bound(text.substring(dots + 2)));
  }

  private static Long bound(String side) {
    String digits = side.trim().replace("_", "");
    return digits.isEmpty() ? null : Long.valueOf(digits);
  }

  public boolean contains(long value) {
    return (min == null || value >= min) && (max == null || value <= max);
  }

  @Override
  public String toString() {
    return (min == null ? "" : min.toString()) + ".." + (max == null ? "" : max.toString());
  }
}
