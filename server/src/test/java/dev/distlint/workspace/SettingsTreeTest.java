package dev.distlint.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.base.Severity;
import dev.distlint.documents.ParsedFile;
import dev.distlint.settings.RuleSetting;
import dev.distlint.settings.Settings;
import dev.distlint.settings.SettingsReader;
import dev.distlint.syntax.yaml.YamlView;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Nearest settings win key by key; root: true starts afresh; an explicit file applies everywhere. */
class SettingsTreeTest {
  static final String RULE = "dist-cookie-literal";

  static Settings read(String yaml) {
    return SettingsReader.fromYaml(ParsedFile.of(".distlint.yaml", yaml).view(YamlView.YAML),
        id -> true);
  }

  static final Workspace WS = new Workspace(List.of(
      ParsedFile.of("repo/.distlint.yaml", "rules:\n  " + RULE + ": error\n"),
      ParsedFile.of("repo/a/.distlint.yaml", "rules:\n  " + RULE + ": off\nexclude: [old/**]\n"),
      ParsedFile.of("repo/b/.distlint.yaml", "root: true\nhelmValues: [v.yaml]\n"),
      ParsedFile.of("repo/a/k8s/app.yaml", "kind: Service\n"),
      ParsedFile.of("repo/a/old/app.yaml", "kind: Service\n"),
      ParsedFile.of("repo/b/app.yaml", "kind: Service\n"),
      ParsedFile.of("repo/c/app.yaml", "kind: Service\n")));

  static RuleSetting rule(Settings s) {
    return s.rules().get(RULE);
  }

  @Test
  void nearestFileWinsAndRootStartsAfresh() {
    Settings top = read("rules:\n  " + RULE + ": error\n");
    SettingsTree t = SettingsTree.of(WS, Map.of("repo/", top), Settings.DEFAULT, false);
    assertEquals(Severity.ERROR, rule(t.settingsFor("repo/c/app.yaml")).severity());
    assertEquals(Boolean.FALSE, rule(t.settingsFor("repo/a/k8s/app.yaml")).enabled());
    assertEquals(null, rule(t.settingsFor("repo/b/app.yaml")), "root: true drops the root's rules");
    assertEquals(List.of("v.yaml"), t.settingsFor("repo/b/app.yaml").helmValues());
    assertTrue(t.accepts("repo/a/k8s/app.yaml"));
    assertFalse(t.accepts("repo/a/old/app.yaml"), "exclude is relative to its folder");
    assertTrue(t.accepts("repo/c/app.yaml"));
  }

  @Test
  void explicitFileAppliesEverywhere() {
    Settings explicit = read("rules:\n  " + RULE + ": hint\n");
    SettingsTree t = SettingsTree.of(WS, Map.of("repo/", explicit), Settings.DEFAULT, true);
    for (String p : List.of("repo/a/k8s/app.yaml", "repo/b/app.yaml", "repo/c/app.yaml")) {
      assertEquals(Severity.HINT, rule(t.settingsFor(p)).severity(), p);
    }
    assertTrue(t.accepts("repo/a/old/app.yaml"), "folders' files are not read");
  }

  @Test
  void editorSettingsLieOnTop() {
    Settings top = read("rules:\n  " + RULE + ": error\n");
    SettingsTree t = SettingsTree.of(WS, Map.of("repo/", top), read("rules:\n  " + RULE + ": info\n"),
        false);
    assertEquals(Severity.INFO, rule(t.settingsFor("repo/a/k8s/app.yaml")).severity());
  }
}
