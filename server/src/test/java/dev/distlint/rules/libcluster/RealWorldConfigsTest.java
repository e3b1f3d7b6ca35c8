package dev.distlint.rules.libcluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.base.Finding;
import dev.distlint.base.Severity;
import dev.distlint.support.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Correct, realistic discovery setups (one per libcluster strategy, and DNSCluster on Fly): no
 * rule at all may report a warning or an error on them.
 */
class RealWorldConfigsTest {
  static final Path ROOT = Path.of("src/test/resources/fixtures/libcluster/libcluster-unknown-config-key");

  @TestFactory
  Stream<DynamicTest> noWarningOrErrorOnCorrectConfigs() throws IOException {
    List<Path> cases;
    try (Stream<Path> s = Files.list(ROOT)) {
      cases = s.filter(p -> p.getFileName().toString().startsWith("quiet-real-world-"))
          .sorted().toList();
    }
    assertTrue(cases.size() >= 12, "real-world cases missing");
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
      List<String> loud = Fixture.read(c).findings().stream()
          .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
          .map(RealWorldConfigsTest::describe).toList();
      assertEquals(List.of(), loud);
    }));
  }

  private static String describe(Finding f) {
    return f.path() + " " + f.ruleId() + ": " + f.message();
  }
}
