package dev.distlint.report;

import dev.distlint.base.LineIndex;
import dev.distlint.base.PositionEncoding;
import dev.distlint.base.Finding;
import dev.distlint.base.Severity;

/**
 * {@code path:line:col: severity [rule-id] message}, one finding a line; line and column are
 * 1-based, the column counted in characters (code points). A summary line ends the report.
 * Control characters in paths and messages are escaped, so every finding stays one line.
 */
public final class TextReport {
  private TextReport() {
  }

  public static String render(CheckResult r) {
    return findings(r) + summary(r) + '\n';
  }

  /** The finding lines alone, without the summary. */
  public static String findings(CheckResult r) {
    StringBuilder sb = new StringBuilder();
    for (Finding f : r.findings()) {
      LineIndex idx = r.lines().apply(f.path());
      LineIndex.Pos p = idx.position(f.range().start(), PositionEncoding.UTF32);
      sb.append(Escapes.path(f.path())).append(':').append(p.line() + 1).append(':').append(p.character() + 1)
          .append(": ").append(f.severity().label()).append(" [").append(f.ruleId()).append("] ")
          .append(Escapes.text(f.message())).append('\n');
      for (Finding.Related rel : f.related()) {
        LineIndex ri = r.lines().apply(rel.path());
        if (ri != null) {
          LineIndex.Pos rp = ri.position(rel.range().start(), PositionEncoding.UTF32);
          sb.append("    see ").append(Escapes.path(rel.path())).append(':').append(rp.line() + 1).append(':')
              .append(rp.character() + 1).append(": ").append(Escapes.text(rel.message())).append('\n');
        }
      }
    }
    return sb.toString();
  }

  public static String summary(CheckResult r) {
    String files = count(r.filesChecked(), "file", "files");
    if (r.findings().isEmpty()) {
      return "No problems found in " + files + ".";
    }
    return count(r.findings().size(), "problem", "problems") + " ("
        + count(r.count(Severity.ERROR), "error", "errors") + ", "
        + count(r.count(Severity.WARNING), "warning", "warnings") + ", "
        + r.count(Severity.INFO) + " info, "
        + count(r.count(Severity.HINT), "hint", "hints") + ") in " + files + ".";
  }

  /** "1 file", "2 files": {@code plural} for every count but one. */
  public static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
