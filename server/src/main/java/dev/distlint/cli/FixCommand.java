package dev.distlint.cli;

import dev.distlint.base.Finding;
import dev.distlint.base.Fix;
import dev.distlint.report.CheckResult;
import dev.distlint.report.TextReport;
import dev.distlint.report.UnifiedDiff;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code check --fix} and {@code check --diff}: the safe fixes of a check, chosen so that no two
 * overlap, either written to the files (naming each file changed) or printed as a unified diff.
 */
final class FixCommand {
  private FixCommand() {
  }

  /** The chosen edits by file, and how many fixes each file received. */
  record Plan(Map<String, List<Fix.FileEdit>> edits, Map<String, Integer> fixes) {
    int total() {
      return fixes.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  static Plan plan(List<Finding> findings) {
    Map<String, List<Fix.FileEdit>> byFile = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Finding f : findings) {
      for (Fix fix : f.fixes()) {
        if (fix.safe() && fix.edits().stream().noneMatch(e -> overlaps(byFile, e))) {
          fix.edits().forEach(e -> byFile.computeIfAbsent(e.path(), k -> new ArrayList<>()).add(e));
          fix.edits().stream().map(Fix.FileEdit::path).distinct()
              .forEach(p -> counts.merge(p, 1, Integer::sum));
          break;
        }
      }
    }
    byFile.values().forEach(l -> l.sort(Comparator.comparing(Fix.FileEdit::range)));
    return new Plan(byFile, counts);
  }

  /** Writes the safe fixes and names each file changed on {@code err}; returns the fix count. */
  static int fix(CheckResult result, Path cwd, PrintStream err) throws IOException {
    Plan plan = plan(result.findings());
    FixWriter.write(plan.edits(), cwd);
    for (String path : plan.edits().keySet()) {
      int n = plan.fixes().getOrDefault(path, 0);
      err.println("distlint: fixed " + path + " (" + TextReport.count(n, "fix", "fixes") + ")");
    }
    return plan.total();
  }

  /** Prints the safe fixes as a unified diff; exit status 1 when there is something to apply. */
  static int diff(CheckResult result, PrintStream out, PrintStream err) {
    Plan plan = plan(result.findings());
    for (var e : plan.edits().entrySet()) {
      String text = result.texts().apply(e.getKey());
      if (text != null) {
        out.print(UnifiedDiff.of(e.getKey(), text, e.getValue()));
      }
    }
    err.println("distlint: " + (plan.total() == 0 ? "no safe fix to apply"
        : TextReport.count(plan.total(), "fix", "fixes") + " would change "
            + TextReport.count(plan.edits().size(), "file", "files")));
    return plan.total() > 0 ? 1 : 0;
  }

  static String apply(String text, List<Fix.FileEdit> edits) {
    List<Fix.FileEdit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparing((Fix.FileEdit e) -> e.range().start()).reversed());
    StringBuilder sb = new StringBuilder(text);
    for (Fix.FileEdit e : sorted) {
      int end = Math.min(e.range().end(), sb.length());
      sb.replace(Math.min(e.range().start(), end), end, e.newText());
    }
    return sb.toString();
  }

  private static boolean overlaps(Map<String, List<Fix.FileEdit>> byFile, Fix.FileEdit e) {
    for (Fix.FileEdit x : byFile.getOrDefault(e.path(), List.of())) {
      if (x.range().start() < e.range().end() && e.range().start() < x.range().end()
          || x.range().equals(e.range())) {
        return true;
      }
    }
    return false;
  }
}
