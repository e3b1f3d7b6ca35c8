package dev.distlint.syntax.toml;

/**
 * TOML integer and float syntax, checked by a scanner: a regular expression with a repeated group
 * ({@code (_?[0-9])*}) recurses once per digit and overflows the stack on a long number.
 */
final class TomlNumbers {
  private TomlNumbers() {
  }

  /** {@code 0}, {@code -12_345}, {@code 0xdead_beef}, {@code 0o755}, {@code 0b1010}. */
  static boolean isInteger(String s) {
    if (s.startsWith("0x")) {
      return digits(s, 2, 16) == s.length();
    }
    if (s.startsWith("0o")) {
      return digits(s, 2, 8) == s.length();
    }
    if (s.startsWith("0b")) {
      return digits(s, 2, 2) == s.length();
    }
    return decimal(s, sign(s)) == s.length();
  }

  /** A decimal integer part, then an optional fraction and an optional exponent. */
  static boolean isFloat(String s) {
    int i = decimal(s, sign(s));
    if (i < 0) {
      return false;
    }
    if (i < s.length() && s.charAt(i) == '.') {
      i = digits(s, i + 1, 10);
      if (i < 0) {
        return false;
      }
    }
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i = digits(s, sign(s.substring(i + 1)) + i + 1, 10);
    }
    return i == s.length();
  }

  private static int sign(String s) {
    return !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
  }

  /** End of {@code 0} or a digit run without a leading zero starting at {@code i}; -1 if none. */
  private static int decimal(String s, int i) {
    if (i < s.length() && s.charAt(i) == '0') {
      return i + 1;
    }
    return i < s.length() && s.charAt(i) >= '1' && s.charAt(i) <= '9' ? digits(s, i, 10) : -1;
  }

  /**
   * End of a run of digits in {@code radix} starting at {@code i}, each '_' between two digits;
   * -1 when the run is empty or an underscore is misplaced.
   */
  private static int digits(String s, int i, int radix) {
    if (i >= s.length() || !isDigit(s.charAt(i), radix)) {
      return -1;
    }
    int j = i + 1;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (c == '_' && j + 1 < s.length() && isDigit(s.charAt(j + 1), radix)) {
        j += 2;
      } else if (isDigit(c, radix)) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  private static boolean isDigit(char c, int radix) {
    return c < 128 && Character.digit(c, radix) >= 0;
  }
}
