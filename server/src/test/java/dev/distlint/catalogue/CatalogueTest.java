package dev.distlint.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.distlint.knowledge.Context;
import dev.distlint.knowledge.Grammars;
import dev.distlint.lint.Rule;
import dev.distlint.rules.BuiltinRules;
import dev.distlint.rules.GrammarKeyRule;
import dev.distlint.support.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Rules, docs, fixtures and the catalogue agree; every doc's examples are executable. */
class CatalogueTest {
  static final Path DOCS = Path.of("src/main/resources/rules");
  static final Path FIXTURES = Path.of("src/test/resources/fixtures");
  static final Path CATALOGUE = Path.of("../../shared/knowledge/CATALOGUE.md");
  /** Ids of checks on distlint's own input handling; not in the catalogue. */
  static final Set<String> BUILT_IN = Set.of("yaml-syntax", "file-too-large",
      "settings-unknown-key", "toml-syntax", "suppression-unused", "suppression-unknown-rule",
      "suppression-expired", "suppression-without-reason");
  /** Ids of rules for defects the catalogue does not list; each doc names its own sources. */
  static final Set<String> BEYOND_CATALOGUE = Set.of("dist-cookie-set-twice",
      "vmargs-variable-not-expanded", "libcluster-topologies-nil", "aten-unknown-app-env-key",
      "delta-crdt-unknown-option", "dnscluster-unknown-option", "horde-unknown-option",
      "libcluster-unknown-topology-key", "oban-unknown-option", "pubsub-unknown-option");
  static final Set<String> LEVELS = Set.of("high", "medium", "heuristic");
  /**
   * Rules whose trigger cannot live in a doc example or a checked-in fixture (a file over the
   * analysis size limit); a dedicated test proves they fire.
   */
  static final Set<String> FIRES_ONLY_IN_TESTS = Set.of("file-too-large");

  @Test
  void aDocWithAnUnknownFrontMatterKeyOrABadParamIsRejected() {
    String ok = "---\nid: x-y\nseverity: hint\nconfidence: high\nkinds: [k8s]\n"
        + "params:\n  n:\n    type: integer\n    default: 3\n    min: 2\n    doc: d\n---\n# T\n";
    RuleDoc d = RuleDocs.parse(ok);
    assertEquals(3, ((Number) d.params().get("n").defaultValue()).intValue());
    assertTrue(d.help().contains("`n` (integer, default `3`)"), d.help());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> RuleDocs.parse(ok.replace("confidence:", "confidance:")));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> RuleDocs.parse(ok.replace("default: 3", "default: 1")));
  }

  /** Every closed grammar context has the rule that reports keys its library does not read. */
  @Test
  void everyClosedGrammarContextIsCheckedByARule() {
    Set<String> checked = new HashSet<>();
    BuiltinRules.all().stream().filter(r -> r instanceof GrammarKeyRule)
        .forEach(r -> checked.addAll(((GrammarKeyRule) r).contexts()));
    List<String> unchecked = Grammars.load().dialects().stream()
        .flatMap(d -> d.contexts().stream())
        .filter(Context::closed)
        .map(Context::ref)
        .filter(ref -> !checked.contains(ref))
        .toList();
    assertEquals(List.of(), unchecked, "closed contexts without a rule (name them in a rule"
        + " doc's grammar:, or mark them closed: false)");
  }

  @Test
  void grammarNamesContextsAsAListOrAMapping() {
    String doc = "---\nid: x-y\nseverity: warning\nconfidence: high\nkinds: [exs]\n%s---\n# T\n";
    RuleDoc list = RuleDocs.parse(doc.formatted("grammar: [ra/app_env]\n"));
    assertEquals(new RuleDoc.KeyCheck(List.of("ra/app_env"), false), list.grammar());
    RuleDoc map = RuleDocs.parse(doc.formatted(
        "grammar:\n  contexts: [partisan/app_env, partisan/hyparview]\n  deprecated: true\n"));
    assertEquals(new RuleDoc.KeyCheck(List.of("partisan/app_env", "partisan/hyparview"), true),
        map.grammar());
    assertEquals(null, RuleDocs.parse(doc.formatted("")).grammar());
    for (String bad : List.of("grammar: [app_env]\n", "grammar: []\n",
        "grammar:\n  contexts: [ra/app_env]\n  except: [ra/app_env:x]\n")) {
      org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
          () -> RuleDocs.parse(doc.formatted(bad)), bad);
    }
  }

  @Test
  void paramsFallBackToTheirDeclaredDefaults() {
    RuleDoc d = RuleDocs.get("identical-timeouts-everywhere");
    var given = new dev.distlint.lint.RuleParams(java.util.Map.of("min-workloads", 5), d.params());
    assertEquals(5, given.longValue("min-workloads"));
    var wrong = new dev.distlint.lint.RuleParams(java.util.Map.of("min-workloads", "five"),
        d.params());
    assertEquals(3, wrong.longValue("min-workloads"));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> given.longValue("undeclared"));
  }

  /** The README's rule table states what the docs state, row for row, in registry order. */
  @Test
  void readmeRuleTableMatchesTheDocs() throws IOException {
    Path readme = Path.of("../README.md");
    List<String> rows = Files.readAllLines(readme).stream()
        .filter(l -> l.startsWith("| `") && l.contains("` — ")).toList();
    List<String> want = new ArrayList<>();
    for (Rule r : BuiltinRules.all()) {
      RuleDoc d = RuleDocs.get(r.id());
      want.add("| `" + d.id() + "` — " + d.title() + " | " + d.severity().label() + " | "
          + d.confidence() + " | " + String.join(", ", d.kinds()) + " |");
    }
    assertEquals(String.join("\n", want), String.join("\n", rows),
        "README rule table (regenerate it with `distlint rules --format markdown`)");
  }

  /**
   * A doc loaded for the rules reads its front matter alone and parses its Markdown later; both
   * ways give the same doc as parsing it whole, for every doc of the catalogue.
   */
  @Test
  void docsReadLazilyEqualDocsParsedWhole() throws IOException {
    for (Rule r : BuiltinRules.all()) {
      String text = Files.readString(DOCS.resolve(RuleDocs.docPath(r.id())));
      assertNotNull(RuleDocs.plainFrontMatter(text), r.id() + " has no plain front matter");
      RuleDoc whole = RuleDocs.parse(text);
      RuleDoc lazy = RuleDocs.parseLazily(text);
      assertEquals(whole, lazy, r.id());
      assertEquals(whole.hashCode(), lazy.hashCode(), r.id());
      assertEquals(whole, RuleDocs.get(r.id()), r.id());
    }
  }

  /**
   * The build indexes every doc's front matter; a rule missing from the index would still work
   * (read from its Markdown), only slower, so its absence is checked here.
   */
  @Test
  void theBuildIndexesTheFrontMatterOfEveryDoc() throws IOException {
    var index = FrontMatterIndex.read();
    for (Rule r : BuiltinRules.all()) {
      String text = Files.readString(DOCS.resolve(RuleDocs.docPath(r.id())));
      assertEquals(RuleDocs.frontMatter(RuleDocs.plainFrontMatter(text)), index.get(r.id()),
          r.id());
    }
    assertEquals(java.util.Map.of("n", 3, "big", 5_000_000_000L, "x", 1.5, "on", true,
        "l", java.util.List.of("a")), FrontMatterIndex.fromJson(
        "{\"d\":{\"n\":3,\"big\":5000000000,\"x\":1.5,\"on\":true,\"l\":[\"a\"]}}").get("d"));
  }

  @Test
  void everyKindADocNamesIsAFileKind() {
    for (Rule r : BuiltinRules.all()) {
      RuleDoc d = RuleDocs.get(r.id());
      for (String k : d.kinds()) {
        assertTrue(dev.distlint.base.FileKind.byShortName(k).isPresent(),
            r.id() + " names an unknown file kind: " + k);
      }
      assertEquals(d.kinds().size(), d.fileKinds().size(), r.id() + " repeats a kind");
    }
  }

  @Test
  void everyDocHasARuleAndEveryRuleADoc() throws IOException {
    Set<String> ids = BuiltinRules.all().stream().map(Rule::id).collect(Collectors.toSet());
    assertEquals(ids.size(), BuiltinRules.all().size(), "duplicate rule ids");
    Set<String> docs;
    try (Stream<Path> s = Files.walk(DOCS)) {
      docs = s.filter(p -> p.toString().endsWith(".md"))
          .peek(p -> assertEquals(DOCS.resolve(RuleDocs.docPath(
              p.getFileName().toString().replaceFirst("\\.md$", ""))), p, "doc outside its family"))
          .map(p -> p.getFileName().toString().replaceFirst("\\.md$", ""))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(new TreeSet<>(ids), docs);
  }

  @Test
  void ruleIdsComeFromTheCatalogue() throws IOException {
    assumeTrue(Files.exists(CATALOGUE), "catalogue not beside the project");
    String cat = Files.readString(CATALOGUE);
    for (Rule r : BuiltinRules.all()) {
      if (!BUILT_IN.contains(r.id()) && !BEYOND_CATALOGUE.contains(r.id())) {
        assertTrue(cat.contains("`" + r.id() + "`"), r.id() + " is not a catalogue id");
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> docs() {
    List<DynamicTest> out = new ArrayList<>();
    for (Rule r : BuiltinRules.all()) {
      out.add(DynamicTest.dynamicTest(r.id(), () -> checkDoc(r.id())));
    }
    return out.stream();
  }

  static void checkDoc(String id) throws IOException {
    RuleDoc d = RuleDocs.get(id);
    assertEquals(id, d.id(), "front matter id");
    assertNotNull(d.confidence(), "confidence");
    assertTrue(LEVELS.contains(d.confidence()), "confidence must be one of " + LEVELS);
    assertFalse(d.kinds().isEmpty(), "kinds");
    assertFalse(d.sources().isEmpty(), "sources");
    for (String s : List.of(RuleDoc.WHAT, RuleDoc.WHY, RuleDoc.EXAMPLE, RuleDoc.INSTEAD)) {
      assertTrue(d.sections().containsKey(s), "missing section '" + s + "'");
      assertFalse(d.sections().get(s).isBlank(), "empty section '" + s + "'");
    }
    if (d.confidence().equals("heuristic")) {
      assertTrue(d.severity().ordinal() >= dev.distlint.base.Severity.INFO.ordinal(),
          "heuristic rules default to info or hint");
    }
    if (!FIRES_ONLY_IN_TESTS.contains(id)) {
      Fixture example = fromBlocks(d.examples().get(RuleDoc.EXAMPLE));
      assertTrue(example.findings().stream().anyMatch(f -> f.ruleId().equals(id)),
          "the Example section does not fire " + id);
    }
    Fixture instead = fromBlocks(d.examples().get(RuleDoc.INSTEAD));
    assertTrue(instead.findings().stream().noneMatch(f -> f.ruleId().equals(id)),
        "the Use instead section fires " + id);
    checkFixtures(id);
  }

  static void checkFixtures(String id) throws IOException {
    Path dir = FIXTURES.resolve(RuleDocs.family(id)).resolve(id);
    assertTrue(Files.isDirectory(dir), "no fixtures for " + id);
    int firing = 0;
    int quiet = 0;
    try (Stream<Path> s = Files.list(dir)) {
      for (Path c : s.toList()) {
        boolean marks = Fixture.read(c).expected().stream().anyMatch(e -> e.rule().equals(id));
        if (marks) {
          firing++;
        } else {
          quiet++;
        }
      }
    }
    assertTrue(firing > 0 || FIRES_ONLY_IN_TESTS.contains(id), "no fixture case of " + id + " fires");
    assertTrue(quiet > 0, "no fixture case of " + id + " stays quiet");
  }

  /** A workspace from a section's code blocks; {@code file=} names them, else by language. */
  static Fixture fromBlocks(List<RuleDoc.CodeBlock> blocks) {
    assertNotNull(blocks, "section has no code block");
    Map<String, String> files = new LinkedHashMap<>();
    for (RuleDoc.CodeBlock b : blocks) {
      String name = b.file() != null ? b.file() : defaultName(b.language());
      files.merge(name, b.code(), (a, c) -> a + "---\n" + c);
    }
    return new Fixture(files);
  }

  static String defaultName(String lang) {
    if (lang == null) {
      return "file.txt";
    }
    return switch (lang) {
      case "yaml", "yml" -> "manifest.yaml";
      case "elixir", "exs" -> "config/runtime.exs";
      case "sh", "bash", "shell" -> "rel/env.sh.eex";
      case "toml" -> "fly.toml";
      case "vmargs" -> "rel/vm.args.eex";
      default -> "file." + lang;
    };
  }
}
