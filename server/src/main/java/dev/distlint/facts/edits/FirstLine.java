package dev.distlint.facts.edits;

import dev.distlint.base.TextRange;

/** The first line of a file, where a finding about something the file lacks is shown. */
public final class FirstLine {
  private FirstLine() {
  }

  public static TextRange of(String text) {
    int nl = text.indexOf('\n');
    int end = nl < 0 ? text.length() : nl;
    return TextRange.of(0, end > 0 && text.charAt(end - 1) == '\r' ? end - 1 : end);
  }
}
