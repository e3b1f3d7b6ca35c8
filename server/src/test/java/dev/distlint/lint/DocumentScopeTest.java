package dev.distlint.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.base.Finding;
import dev.distlint.documents.ParsedFile;
import dev.distlint.rules.BuiltinRules;
import dev.distlint.settings.Settings;
import dev.distlint.support.Fixture;
import dev.distlint.syntax.yaml.YamlDocument;
import dev.distlint.syntax.yaml.YamlView;
import dev.distlint.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Document-scoped rules run one document at a time in the language server and keep the runs of
 * unchanged documents. On every YAML file of several documents among the fixtures, the shapes
 * and the example project, the findings must be those of running every rule on the whole file,
 * before and after edits that grow a document, change one, and remove one.
 */
class DocumentScopeTest {
  static final Linter LINTER = new Linter(BuiltinRules.all());

  /** Every case: a fixture case folder or file, a shape, the example project. */
  static List<Path> cases() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/fixtures"))) {
      for (Path family : s.sorted().toList()) {
        try (Stream<Path> rules = Files.list(family)) {
          for (Path rule : rules.sorted().toList()) {
            try (Stream<Path> cs = Files.list(rule)) {
              out.addAll(cs.sorted().toList());
            }
          }
        }
      }
    }
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/shapes"))) {
      out.addAll(s.sorted().toList());
    }
    out.add(Path.of("../examples"));
    return out;
  }

  static List<YamlDocument> documents(ParsedFile f) {
    return f.kind().isYaml() ? f.view(YamlView.YAML).documents() : List.of();
  }

  /** Edits of one document: the first grown by a comment line, the second's digits bumped, the first removed. */
  static List<String> edits(ParsedFile f) {
    List<YamlDocument> docs = documents(f);
    String t = f.text();
    YamlDocument first = docs.get(0);
    YamlDocument second = docs.get(1);
    int end = first.base() + first.length();
    String grown = t.substring(0, end) + (end > 0 && t.charAt(end - 1) == '\n' ? "" : "\n")
        + "# a comment the edit adds\n" + t.substring(end);
    StringBuilder bumped = new StringBuilder(t);
    for (int i = second.base(); i < second.base() + second.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '8') {
        bumped.setCharAt(i, (char) (c + 1));
      }
    }
    String removed = t.substring(second.base());
    return List.of(grown, bumped.toString(), removed);
  }

  @Test
  void slicedRunsFindWhatWholeFileRunsFindBeforeAndAfterEdits() throws IOException {
    int files = 0;
    int reused = 0;
    java.util.Map<String, String> wrong = new java.util.TreeMap<>();
    for (Path c : cases()) {
      Workspace ws = Fixture.read(c).workspace();
      for (ParsedFile f : ws.files()) {
        if (documents(f).size() < 2) {
          continue;
        }
        files++;
        String where = c + " " + f.path();
        List<Finding> whole = LINTER.checkAll(ws, List.of(f), Settings.DEFAULT);
        Linter.Result first = LINTER.recheck(ws, f, Settings.DEFAULT, () -> false, null);
        compare(whole, first.findings(), where, wrong);
        // an edit slices the file: a document appended, then the edits from there
        ParsedFile grown = ParsedFile.of(f.path(), f.text() + "\n---\n# a document the edit adds\n");
        Workspace gws = ws.with(grown);
        Linter.Result sliced = LINTER.recheck(gws, grown, Settings.DEFAULT, () -> false,
            new Linter.Previous(ws, f, Settings.DEFAULT, first));
        compare(LINTER.checkAll(gws, List.of(grown), Settings.DEFAULT), sliced.findings(),
            where + " sliced", wrong);
        var prev = new Linter.Previous(gws, grown, Settings.DEFAULT, sliced);
        for (String text : edits(grown)) {
          ParsedFile edited = ParsedFile.of(f.path(), text);
          Workspace ews = ws.with(edited);
          Linter.Result again = LINTER.recheck(ews, edited, Settings.DEFAULT, () -> false, prev);
          compare(LINTER.checkAll(ews, List.of(edited), Settings.DEFAULT), again.findings(),
              where + " after an edit", wrong);
          reused += reusedParts(sliced, again);
        }
      }
    }
    assertEquals(java.util.Map.of(), wrong, "rules whose sliced runs differ, with a first case");
    assertTrue(files >= 20, "multi-document files compared: " + files);
    assertTrue(reused > 0, "no document's run was reused");
  }

  @Test
  void aDocumentRunsAgainWhenAFactItReadChangesInAnotherDocument() throws IOException {
    // the worker container lacks a readiness probe because the Service of the third document
    // selects it: the Service no longer selecting it must clear the finding in the second
    Path c = Path.of("src/test/resources/fixtures/k8s/k8s-readiness-probe-missing/"
        + "fires-web-and-service.yaml");
    ParsedFile f = Fixture.read(c).workspace().files().iterator().next();
    Workspace ws = Workspace.of(f);
    Linter.Result first = LINTER.recheck(ws, f, Settings.DEFAULT, () -> false, null);
    assertEquals(2, first.findings().stream()
        .filter(x -> x.ruleId().equals("k8s-readiness-probe-missing")).count());
    String text = f.text();
    int service = text.lastIndexOf("selector: {app: worker}");
    ParsedFile edited = ParsedFile.of(f.path(), text.substring(0, service)
        + "selector: {app: keeper}" + text.substring(service + "selector: {app: worker}".length()));
    Workspace ews = Workspace.of(edited);
    Linter.Result again = LINTER.recheck(ews, edited, Settings.DEFAULT, () -> false,
        new Linter.Previous(ws, f, Settings.DEFAULT, first));
    assertEquals(LINTER.checkAll(ews, List.of(edited), Settings.DEFAULT), again.findings());
    assertEquals(1, again.findings().stream()
        .filter(x -> x.ruleId().equals("k8s-readiness-probe-missing")).count());
  }

  /** Records, by rule, a case where the two lists differ. */
  static void compare(List<Finding> expected, List<Finding> actual, String where,
      java.util.Map<String, String> wrong) {
    java.util.Set<String> rules = new java.util.TreeSet<>();
    expected.forEach(f -> rules.add(f.ruleId()));
    actual.forEach(f -> rules.add(f.ruleId()));
    for (String r : rules) {
      List<Finding> a = expected.stream().filter(f -> f.ruleId().equals(r)).toList();
      List<Finding> b = actual.stream().filter(f -> f.ruleId().equals(r)).toList();
      if (!a.equals(b)) {
        wrong.putIfAbsent(r, where + ": expected " + a.size() + " findings, got " + b.size()
            + (a.size() == b.size() ? " " + a + " vs " + b : ""));
      }
    }
  }

  /** Document runs of {@code after} taken over from {@code before} (same reads, maybe moved). */
  static int reusedParts(Linter.Result before, Linter.Result after) {
    int n = 0;
    for (var e : after.runs().entrySet()) {
      Linter.RuleRun old = before.runs().get(e.getKey());
      if (old == null) {
        continue;
      }
      for (Linter.DocumentRun d : e.getValue().parts()) {
        for (Linter.DocumentRun o : old.parts()) {
          if (o.reads() == d.reads()) {
            n++;
          }
        }
      }
    }
    return n;
  }
}
