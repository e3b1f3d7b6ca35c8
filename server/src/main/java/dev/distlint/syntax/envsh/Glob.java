package dev.distlint.syntax.envsh;

/** Shell pattern matching for {@code case} branches: {@code *}, {@code ?} and {@code [...]}. */
final class Glob {
  private Glob() {}

  static boolean matches(String pattern, String s) {
    int p = 0;
    int i = 0;
    int starP = -1;
    int starI = 0;
    while (i < s.length()) {
      int next = p < pattern.length() ? step(pattern, p, s.charAt(i)) : -1;
      if (p < pattern.length() && pattern.charAt(p) == '*') {
        starP = ++p;
        starI = i;
      } else if (next >= 0) {
        p = next;
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

  /** The pattern index after matching {@code c} at {@code p}, or -1. */
  private static int step(String pattern, int p, char c) {
    char pc = pattern.charAt(p);
    if (pc == '?') {
      return p + 1;
    }
    if (pc == '[') {
      int close = pattern.indexOf(']', p + 2);
      if (close > 0) {
        String set = pattern.substring(p + 1, close);
        boolean negate = set.startsWith("!") || set.startsWith("^");
        boolean hit = (negate ? set.substring(1) : set).indexOf(c) >= 0;
        return hit != negate ? close + 1 : -1;
      }
    }
    if (pc == '\\' && p + 1 < pattern.length()) {
      return pattern.charAt(p + 1) == c ? p + 2 : -1;
    }
    return pc == c ? p + 1 : -1;
  }
}
