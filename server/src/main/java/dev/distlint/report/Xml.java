package dev.distlint.report;

/** Escaping for XML attribute values and text. */
final class Xml {
  private Xml() {
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        case '\n' -> sb.append("&#10;");
        case '\r' -> sb.append("&#13;");
        case '\t' -> sb.append("&#9;");
        default -> {
          // Characters XML 1.0 cannot carry at all are replaced.
          boolean ok = c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
          sb.appendCodePoint(ok ? c : 0xFFFD);
        }
      }
    });
    return sb.toString();
  }
}
