package dev.distlint.report;

import dev.distlint.base.LineIndex;
import dev.distlint.base.Finding;
import dev.distlint.base.Severity;
import java.util.List;
import java.util.function.Function;

/**
 * Findings ready to print, with the paths of the files checked and a way to find each file's
 * line index (for positions) and text (for fingerprints and diffs).
 */
public record CheckResult(List<Finding> findings, List<String> paths,
    Function<String, LineIndex> lines, Function<String, String> texts) {

  public int filesChecked() {
    return paths.size();
  }

  public long count(Severity s) {
    return findings.stream().filter(f -> f.severity() == s).count();
  }

  public boolean anyAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }

  /** The same files with other findings (after a baseline took the known ones out). */
  public CheckResult withFindings(List<Finding> other) {
    return new CheckResult(List.copyOf(other), paths, lines, texts);
  }
}
