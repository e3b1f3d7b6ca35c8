package dev.distlint.syntax.envsh;

/** Turns source text into the one-line condition texts of {@link Guard}. */
final class ConditionText {
  private ConditionText() {}

  /** Condition texts are for reading; a pathological one is cut short. */
  static String clip(String s) {
    return s.length() <= 160 ? s : s.substring(0, 159) + "…";
  }

  /** The source between two offsets on one line, with runs of white space made one space. */
  static String normalize(String s, int from, int to) {
    StringBuilder sb = new StringBuilder(Math.min(to - from, 200));
    boolean space = false;
    for (int k = from; k < to && sb.length() < 200; k++) {
      char c = s.charAt(k);
      if (Character.isWhitespace(c) || (c == '\\' && k + 1 < to
          && Character.isWhitespace(s.charAt(k + 1)))) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return clip(sb.toString());
  }
}
