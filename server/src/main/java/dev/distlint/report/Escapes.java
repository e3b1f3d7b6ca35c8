package dev.distlint.report;

import java.nio.charset.StandardCharsets;

/**
 * Makes names from the file system safe to print: a file name may hold a newline or a terminal
 * escape, and must not be able to forge a report line or move the cursor.
 */
public final class Escapes {
  private static final String HEX = "0123456789ABCDEF";

  private Escapes() {
  }

  /** A message: control characters as {@code \n}, {@code \t}, {@code \x1b}... */
  public static String text(String s) {
    return escape(s, false);
  }

  /** A path: control characters escaped as in {@link #text}, and backslashes doubled. */
  public static String path(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean backslashes) {
    if (s.chars().noneMatch(c -> c == '\\' && backslashes || isControl(c))) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> sb.append(backslashes ? "\\\\" : "\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (isControl(c)) {
            sb.append(c < 0x100 ? "\\x" : "\\u").append(hex(c, c < 0x100 ? 2 : 4));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  private static boolean isControl(int c) {
    return c < 0x20 || c >= 0x7f && c < 0xa0 || c == 0x2028 || c == 0x2029;
  }

  private static String hex(int c, int digits) {
    StringBuilder sb = new StringBuilder();
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      sb.append(HEX.charAt((c >> shift) & 0xf));
    }
    return sb.toString();
  }

  /** A '/'-separated path as a URI reference: every byte but unreserved ones and '/' as %XX. */
  public static String uriPath(String path) {
    StringBuilder sb = new StringBuilder(path.length() + 8);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "-._~/".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append('%').append(hex(c, 2));
      }
    }
    return sb.toString();
  }
}
