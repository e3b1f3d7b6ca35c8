package dev.distlint.report;

import dev.distlint.base.LineIndex;
import dev.distlint.base.PositionEncoding;
import dev.distlint.base.Finding;

/**
 * GitHub Actions workflow commands, one a finding:
 * {@code ::warning file=PATH,line=L,col=C,endLine=L,endColumn=C,title=RULE::MESSAGE}, which
 * the runner shows as annotations on the pull request. Columns count characters, 1-based.
 */
public final class GithubReport {
  private GithubReport() {
  }

  public static String render(CheckResult r) {
    StringBuilder sb = new StringBuilder();
    for (Finding f : r.findings()) {
      String level = switch (f.severity()) {
        case ERROR -> "error";
        case WARNING -> "warning";
        default -> "notice";
      };
      sb.append("::").append(level).append(" file=").append(property(f.path()));
      LineIndex idx = r.lines().apply(f.path());
      if (idx != null) {
        LineIndex.Pos s = idx.position(f.range().start(), PositionEncoding.UTF32);
        LineIndex.Pos e = idx.position(f.range().end(), PositionEncoding.UTF32);
        sb.append(",line=").append(s.line() + 1).append(",col=").append(s.character() + 1)
            .append(",endLine=").append(e.line() + 1).append(",endColumn=")
            .append(e.character() + 1);
      }
      sb.append(",title=").append(property("distlint " + f.ruleId())).append("::")
          .append(data(f.message())).append('\n');
    }
    return sb.toString();
  }

  /** Escapes a command's message: %, CR and LF. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value: as data, plus the separators ':' and ','. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
