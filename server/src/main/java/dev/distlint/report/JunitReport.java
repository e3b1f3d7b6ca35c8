package dev.distlint.report;

import dev.distlint.base.LineIndex;
import dev.distlint.base.PositionEncoding;
import dev.distlint.base.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI test-report views: one test suite per checked file, one failing test case per
 * finding (named by rule and line), and one passing case for a file without findings.
 */
public final class JunitReport {
  private JunitReport() {
  }

  public static String render(CheckResult r) {
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    r.paths().forEach(p -> byFile.put(p, new ArrayList<>()));
    r.findings().forEach(f -> byFile.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f));
    int tests = 0;
    StringBuilder suites = new StringBuilder();
    for (var e : byFile.entrySet()) {
      List<Finding> fs = e.getValue();
      int n = Math.max(1, fs.size());
      tests += n;
      String file = Xml.escape(e.getKey());
      suites.append("  <testsuite name=\"").append(file).append("\" tests=\"").append(n)
          .append("\" failures=\"").append(fs.size()).append("\" errors=\"0\">\n");
      if (fs.isEmpty()) {
        suites.append("    <testcase name=\"no problems\" classname=\"").append(file)
            .append("\"/>\n");
      }
      for (Finding f : fs) {
        LineIndex idx = r.lines().apply(f.path());
        int line = idx == null ? 1 : idx.position(f.range().start(), PositionEncoding.UTF32).line() + 1;
        suites.append("    <testcase name=\"").append(Xml.escape(f.ruleId() + " at line " + line))
            .append("\" classname=\"").append(file).append("\" file=\"").append(file)
            .append("\" line=\"").append(line).append("\">\n")
            .append("      <failure type=\"").append(f.severity().label()).append("\" message=\"")
            .append(Xml.escape(f.message())).append("\">")
            .append(Xml.escape(f.path() + ":" + line + ": " + f.severity().label() + " ["
                + f.ruleId() + "] " + f.message()))
            .append("</failure>\n    </testcase>\n");
      }
      suites.append("  </testsuite>\n");
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"distlint\" tests=\""
        + tests + "\" failures=\"" + r.findings().size() + "\">\n" + suites + "</testsuites>\n";
  }
}
