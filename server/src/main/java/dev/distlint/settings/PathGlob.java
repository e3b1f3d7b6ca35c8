package dev.distlint.settings;

import java.util.List;

/**
 * A path glob, matched without regular expressions in time proportional to the pattern's length
 * times the path's: {@code *} and {@code ?} stay within one path segment, a segment {@code **}
 * spans any number of segments (none included). Shared by {@code .gitignore} patterns and the
 * settings' include and exclude lists, both untrusted input.
 */
public final class PathGlob {
  private static final String ANY_SEGMENTS = "**";
  private final List<String> segments;

  private PathGlob(List<String> segments) {
    this.segments = segments;
  }

  /** A glob of '/'-separated segments, matched against the whole path. */
  public static PathGlob of(String glob) {
    return new PathGlob(List.of(glob.split("/", -1)));
  }

  /** True when the whole of {@code path} ('/'-separated) matches. */
  public boolean matches(String path) {
    return matchesSegments(path.split("/", -1));
  }

  /** As {@link #matches(String)}, given the path's segments (split at every '/'). */
  public boolean matchesSegments(String[] s) {
    int p = 0;
    int i = 0;
    int starP = -1;
    int starI = 0;
    while (i < s.length) {
      if (p < segments.size() && segments.get(p).equals(ANY_SEGMENTS)) {
        starP = ++p;
        starI = i;
      } else if (p < segments.size() && segment(segments.get(p), s[i])) {
        p++;
        i++;
      } else if (starP >= 0) {
        p = starP;
        i = ++starI;
      } else {
        return false;
      }
    }
    while (p < segments.size() && segments.get(p).equals(ANY_SEGMENTS)) {
      p++;
    }
    return p == segments.size();
  }

  /**
   * One segment: {@code *} any run of characters, {@code ?} one character, the rest literal. The
   * classic two-pointer walk: on a mismatch, only the last {@code *} is retried one character
   * further, so no earlier choice is ever revisited.
   */
  static boolean segment(String pattern, String s) {
    int p = 0;
    int i = 0;
    int starP = -1;
    int starI = 0;
    while (i < s.length()) {
      char pc = p < pattern.length() ? pattern.charAt(p) : 0;
      if (p < pattern.length() && pc == '*') {
        starP = ++p;
        starI = i;
      } else if (p < pattern.length() && (pc == '?' || pc == s.charAt(i))) {
        p++;
        i++;
      } else if (starP >= 0) {
        p = starP;
        i = ++starI;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }
}
