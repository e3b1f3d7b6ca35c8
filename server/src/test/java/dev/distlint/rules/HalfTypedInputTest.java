package dev.distlint.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.lint.RuleParams;
import dev.distlint.base.Severity;
import dev.distlint.support.Fixture;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the distribution, release and Oban family runs on each fixture file cut off at
 * every few characters, as an editor shows it while the user types, and never throws.
 */
class HalfTypedInputTest {
  private static final Set<String> FAMILY = Set.of("global-overlapping-partitions-disabled",
      "global-connect-all-disabled-with-global-users", "net-ticktime-extreme",
      "net-setuptime-too-high", "dist-listen-range-invalid",
      "dist-auto-connect-never-without-discovery", "dist-tls-missing-options",
      "dist-cookie-literal", "dist-port-publicly-exposed", "oban-global-peer-netsplit",
      "oban-cron-without-leader", "oban-cron-expression-invalid", "oban-deprecated-cron-plugin",
      "oban-testing-mode-outside-test", "release-missing-runtime-tools", "migrations-at-boot");
  private static final int STRIDE = 3;

  @Test
  void rulesNeverThrowOnTruncatedFiles() throws IOException {
    List<Rule> rules = BuiltinRules.all().stream().filter(r -> FAMILY.contains(r.id())).toList();
    for (String id : FAMILY) {
      try (Stream<Path> cases = Files.list(Path.of("src/test/resources/fixtures",
          dev.distlint.catalogue.RuleDocs.family(id), id))) {
        for (Path c : cases.toList()) {
          Map<String, String> files = Fixture.read(c).files();
          files.forEach((path, text) -> {
            for (int end = 0; end <= text.length(); end += STRIDE) {
              runAll(rules, files, path, text.substring(0, end));
            }
          });
        }
      }
    }
  }

  private static void runAll(List<Rule> rules, Map<String, String> files, String path,
      String cut) {
    List<ParsedFile> parsed = new ArrayList<>();
    files.forEach((p, t) -> parsed.add(ParsedFile.of(p, p.equals(path) ? cut : t)));
    Workspace ws = new Workspace(parsed);
    ParsedFile target = ws.file(path);
    for (Rule r : rules) {
      RuleContext ctx = new RuleContext(r, target, ws, new RuleParams(Map.of(), dev.distlint.catalogue.RuleDocs.get(r.id()).params()), Severity.INFO,
          f -> { });
      assertDoesNotThrow(() -> r.check(ctx), () -> r.id() + " on " + path + " cut at "
          + cut.length());
    }
  }
}
