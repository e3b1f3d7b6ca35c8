package dev.distlint.shapes;

import static org.junit.jupiter.api.Assertions.fail;

import dev.distlint.base.Finding;
import dev.distlint.support.Fixture;
import dev.distlint.support.Fixture.Expectation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whole repositories as teams lay them out (a Helm chart with values files, Kustomize overlays),
 * monorepos, umbrellas), each checked as {@code check} checks a repository: file by file within
 * its cluster project, with the nearest {@code .distlint.yaml}. Every finding of every rule must carry a marker
 * and every marker a finding, so a case without markers proves distlint stays quiet on it.
 */
class RepositoryShapesTest {
  static final Path ROOT = Path.of("src/test/resources/shapes");

  @TestFactory
  Stream<DynamicTest> shapes() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> cases = Files.list(ROOT)) {
      for (Path c : cases.sorted().toList()) {
        tests.add(DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
      }
    }
    return tests.stream();
  }

  private static void check(Path dir) {
    Fixture fx = Fixture.read(dir);
    List<Finding> findings = fx.projectFindings();
    TreeSet<Expectation> want = new TreeSet<>(fx.expected());
    TreeSet<Expectation> got = new TreeSet<>();
    findings.forEach(f -> got.add(fx.toExpectation(f)));
    StringBuilder err = new StringBuilder();
    for (Expectation e : want) {
      if (!got.contains(e)) {
        err.append(fx.excerpt(e, "expected a finding, got none")).append('\n');
      }
    }
    for (Expectation e : got) {
      if (!want.contains(e)) {
        String msg = findings.stream().filter(f -> fx.toExpectation(f).equals(e))
            .map(Finding::message).findFirst().orElse("");
        err.append(fx.excerpt(e, "unexpected finding: " + msg)).append('\n');
      }
    }
    if (err.length() > 0) {
      fail("\n" + err);
    }
  }
}
