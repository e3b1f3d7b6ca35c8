package dev.distlint.rules.general;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.base.Finding;
import dev.distlint.support.Fixture;
import dev.distlint.documents.ParsedFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code file-too-large} needs a file above the 4 MiB limit, which is built here in memory rather
 * than kept as a fixture file.
 */
class FileTooLargeTest {
  /** A Deployment that k8s-readiness-probe-missing reports when the file is read. */
  private static final String MANIFEST = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: chat
      spec:
        selector:
          matchLabels: {app: chat}
        template:
          metadata:
            labels: {app: chat}
          spec:
            containers:
              - name: web
                image: ghcr.io/acme/chat:1.4.2
                env: [{name: RELEASE_DISTRIBUTION, value: name}]
                ports:
                  - containerPort: 4000
      """;

  /** The manifest followed by comment lines, to exactly {@code length} characters. */
  private static String padded(int length) {
    StringBuilder sb = new StringBuilder(length).append(MANIFEST);
    String line = "# rendered by helm template: padding line to grow the bundle\n";
    while (sb.length() + line.length() <= length) {
      sb.append(line);
    }
    while (sb.length() < length) {
      sb.append(sb.length() == length - 1 ? '\n' : '#');
    }
    assertEquals(length, sb.length());
    return sb.toString();
  }

  @Test
  void aFileAboveTheLimitIsReportedAtItsStartAndNotAnalysed() {
    String path = "deploy/rendered/all.yaml";
    List<Finding> found = Fixture.of(path, padded(ParsedFile.MAX_CHARS + 1)).findings();
    assertEquals(1, found.size(), () -> "findings: " + found);
    Finding f = found.get(0);
    assertEquals("file-too-large", f.ruleId());
    assertEquals(path, f.path());
    assertEquals(0, f.range().start());
    assertTrue(f.message().contains("4 MiB"), f.message());
  }

  @Test
  void aFileAtTheLimitIsAnalysedAsUsual() {
    List<Finding> found = Fixture.of("deploy/all.yaml", padded(ParsedFile.MAX_CHARS)).findings();
    assertTrue(found.stream().noneMatch(f -> f.ruleId().equals("file-too-large")),
        () -> "findings: " + found);
    assertTrue(found.stream().anyMatch(f -> f.ruleId().equals("k8s-readiness-probe-missing")),
        () -> "findings: " + found);
  }
}
