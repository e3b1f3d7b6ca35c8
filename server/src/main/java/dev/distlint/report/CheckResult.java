package dev.distlint.report;

import dev.distlint.base.LineIndex;
import dev.distlint.base.Finding;
import dev.distlint.base.Severity;
import java.util.List;
import java.util.function.Function;

/**
 * Findings ready to print: with a way to find each file's line index (for positions) and the
 * path to show for it.
 */
public record CheckResult(List<Finding> findings, int filesChecked,
    Function<String, LineIndex> lines) {

  public long count(Severity s) {
    return findings.stream().filter(f -> f.severity() == s).count();
  }

  public boolean anyAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }
}
