package dev.distlint.rules.state;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.lint.RuleParams;
import dev.distlint.base.Severity;
import dev.distlint.base.TextRange;
import dev.distlint.rules.BuiltinRules;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The state-library rules never throw on half-typed files: every fixture of the family, cut at
 * every few characters, is checked by every rule of the family, directly (the linter would hide
 * an exception), and every reported range lies inside the file.
 */
class StateRulesRobustnessTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  /** The families of the distributed-state libraries' rules. */
  private static final java.util.Set<String> STATE_FAMILIES =
      java.util.Set.of("horde", "delta", "pubsub", "tracker", "ra", "quorum", "partisan");

  @Test
  void truncatedFixturesNeverThrow() throws IOException {
    List<Rule> rules = BuiltinRules.all().stream()
        .filter(r -> STATE_FAMILIES.contains(dev.distlint.catalogue.RuleDocs.family(r.id())))
        .toList();
    assertTrue(rules.size() > 10);
    List<Path> files;
    try (Stream<Path> s = Files.walk(FIXTURES)) {
      files = s.filter(Files::isRegularFile).filter(p -> rules.stream()
          .anyMatch(r -> p.toString().contains("/" + r.id() + "/"))).toList();
    }
    for (Path p : files) {
      String text = Files.readString(p);
      String rel = FIXTURES.relativize(p).toString();
      String path = rel.substring(rel.indexOf('/', rel.indexOf('/') + 1) + 1);
      for (int cut = 0; cut <= text.length(); cut += 11) {
        ParsedFile f = ParsedFile.of(path, text.substring(0, cut));
        Workspace ws = Workspace.of(f);
        for (Rule r : rules) {
          int length = cut;
          RuleContext ctx = new RuleContext(r, f, ws, new RuleParams(Map.of(), dev.distlint.catalogue.RuleDocs.get(r.id()).params()), Severity.INFO,
              finding -> assertTrue(inside(finding.range(), length), r.id() + " " + path));
          r.check(ctx);
        }
      }
    }
  }

  private static boolean inside(TextRange r, int length) {
    return r.end() <= length;
  }
}
