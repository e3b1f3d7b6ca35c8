package dev.distlint.report;

import dev.distlint.base.LineIndex;
import dev.distlint.base.PositionEncoding;
import dev.distlint.base.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle XML ({@code <checkstyle><file name><error line column severity message source/>}),
 * read by Jenkins warnings-ng, reviewdog and many CI dashboards. Files without findings are
 * listed empty; {@code source} is {@code distlint.<rule-id>}.
 */
public final class CheckstyleReport {
  private CheckstyleReport() {
  }

  public static String render(CheckResult r) {
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    r.paths().forEach(p -> byFile.put(p, new java.util.ArrayList<>()));
    r.findings().forEach(f -> byFile.computeIfAbsent(f.path(), k -> new java.util.ArrayList<>())
        .add(f));
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<checkstyle version=\"4.3\">\n");
    byFile.forEach((path, findings) -> {
      sb.append("  <file name=\"").append(Xml.escape(path)).append("\">\n");
      for (Finding f : findings) {
        LineIndex idx = r.lines().apply(f.path());
        LineIndex.Pos p = idx == null ? new LineIndex.Pos(0, 0)
            : idx.position(f.range().start(), PositionEncoding.UTF32);
        sb.append("    <error line=\"").append(p.line() + 1).append("\" column=\"")
            .append(p.character() + 1).append("\" severity=\"").append(switch (f.severity()) {
              case ERROR -> "error";
              case WARNING -> "warning";
              default -> "info";
            }).append("\" message=\"").append(Xml.escape(f.message())).append("\" source=\"")
            .append(Xml.escape("distlint." + f.ruleId())).append("\"/>\n");
      }
      sb.append("  </file>\n");
    });
    return sb.append("</checkstyle>\n").toString();
  }
}
