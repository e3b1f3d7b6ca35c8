package dev.distlint.lsp;

import dev.distlint.base.Finding;
import dev.distlint.base.Log;
import dev.distlint.base.Severity;
import dev.distlint.report.Baseline;
import dev.distlint.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies the settings' baseline to an open document's findings: findings recorded in it are
 * shown as hints (marked as baselined) or hidden, per {@code baselineFindings}. The baseline file
 * is found under a workspace root and re-read when it changes on disk.
 */
final class BaselineFilter {
  private final ServerState state;
  private Path loadedFrom;
  private FileTime loadedAt;
  private Baseline loaded;

  BaselineFilter(ServerState state) {
    this.state = state;
  }

  List<Finding> apply(String text, List<Finding> findings, Settings settings) {
    if (settings.baseline() == null || findings.isEmpty()) {
      return findings;
    }
    Path file = locate(settings.baseline());
    Baseline b = file == null ? null : load(file);
    if (b == null) {
      return findings;
    }
    Path dir = file.getParent();
    Function<String, String> key = p -> {
      Path abs = Path.of(p).toAbsolutePath().normalize();
      return (abs.startsWith(dir) ? dir.relativize(abs) : abs).toString().replace('\\', '/');
    };
    Baseline.Split split = b.split(findings, p -> text, key, Set.of());
    if (settings.hideBaselined()) {
      return split.fresh();
    }
    List<Finding> out = new ArrayList<>(split.fresh());
    for (Finding f : split.known()) {
      out.add(new Finding(f.ruleId(), Severity.HINT, f.path(), f.range(),
          "(baselined) " + f.message(), f.related(), f.fixes()));
    }
    out.sort(java.util.Comparator.comparing(Finding::range).thenComparing(Finding::ruleId));
    return out;
  }

  private Path locate(String baseline) {
    Path p = Path.of(baseline);
    if (p.isAbsolute()) {
      return Files.isRegularFile(p) ? p : null;
    }
    for (Path root : state.roots()) {
      Path candidate = root.resolve(p).toAbsolutePath().normalize();
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private synchronized Baseline load(Path file) {
    try {
      FileTime t = Files.getLastModifiedTime(file);
      if (!file.equals(loadedFrom) || !t.equals(loadedAt)) {
        loaded = Baseline.read(file);
        loadedFrom = file;
        loadedAt = t;
      }
      return loaded;
    } catch (IOException e) {
      Log.warn("baseline " + file + " not read: " + e.getMessage());
      return null;
    }
  }
}
