package dev.distlint.syntax.vmargs;

import dev.distlint.base.TextRange;

/**
 * One whitespace-separated word of a vm.args file or flag string, as written (quotes, escapes
 * and EEx tags included), with its range in the file.
 */
public record Token(String text, TextRange range) {

  /** The text without one pair of surrounding quotes and without backslash escapes. */
  public String value() {
    String t = text;
    if (t.length() >= 2 && (t.charAt(0) == '"' || t.charAt(0) == '\'')
        && t.charAt(t.length() - 1) == t.charAt(0)) {
      t = t.substring(1, t.length() - 1);
    }
    if (t.indexOf('\\') < 0) {
      return t;
    }
    StringBuilder out = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\\' && i + 1 < t.length()) {
        c = t.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Whether the token contains an EEx tag, so its value is only known at build time. */
  public boolean isTemplated() {
    return text.contains("<%");
  }
}
