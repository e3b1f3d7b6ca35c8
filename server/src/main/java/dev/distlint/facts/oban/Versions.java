package dev.distlint.facts.oban;

import java.util.regex.Pattern;

/** Compares plain {@code major.minor.patch} release versions, as mix.lock records them. */
public final class Versions {
  private static final Pattern RELEASE = Pattern.compile("\\d+(\\.\\d+){0,2}(-[\\w.]+)?");

  private Versions() {
  }

  public static boolean isRelease(String v) {
    return RELEASE.matcher(v).matches();
  }

  /** Negative, zero or positive as {@code a} is older than, equal to or newer than {@code b}. */
  public static int compare(String a, String b) {
    String[] x = a.split("-")[0].split("\\.");
    String[] y = b.split("-")[0].split("\\.");
    for (int i = 0; i < 3; i++) {
      int c = Integer.compare(part(x, i), part(y, i));
      if (c != 0) {
        return c;
      }
    }
    boolean preA = a.contains("-");
    boolean preB = b.contains("-");
    return preA == preB ? 0 : preA ? -1 : 1;
  }

  private static int part(String[] parts, int i) {
    try {
      return i < parts.length ? Integer.parseInt(parts[i]) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
