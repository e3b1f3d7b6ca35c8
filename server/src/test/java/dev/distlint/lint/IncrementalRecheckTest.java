package dev.distlint.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.distlint.documents.ParsedFile;
import dev.distlint.rules.BuiltinRules;
import dev.distlint.settings.Settings;
import dev.distlint.workspace.Project;
import dev.distlint.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A re-check that reuses rule results must find exactly what a full check finds: on the example
 * project, every file is checked, another file is edited (a number changed, a line added), and
 * the target is re-checked against its previous result.
 */
class IncrementalRecheckTest {
  static final Linter LINTER = new Linter(BuiltinRules.all());

  /** Edits that change what a file says: every digit bumped, a comment added, all removed. */
  static List<String> edits(String text) {
    StringBuilder bumped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bumped.append(c >= '0' && c <= '9' ? (char) ('0' + (c - '0' + 1) % 10) : c);
    }
    return List.of(bumped.toString(), text + "\n# edited\n", "");
  }

  @Test
  void recheckEqualsAFullCheckAfterEveryEditOfAnotherFile() throws IOException {
    Project p = Project.load(Path.of("../examples"), Settings.DEFAULT, null,
        abs -> Path.of("../examples").toAbsolutePath().normalize().relativize(abs).toString());
    Workspace ws = p.workspace();
    List<ParsedFile> files = List.copyOf(ws.files());
    int compared = 0;
    for (ParsedFile target : files) {
      Linter.Result first = LINTER.recheck(ws, target, p.settings(), () -> false, null);
      var prev = new Linter.Previous(ws, target, p.settings(), first);
      for (ParsedFile other : files) {
        if (other == target) {
          continue;
        }
        for (String text : edits(other.text())) {
          Workspace edited = ws.with(ParsedFile.of(other.path(), text));
          assertEquals(LINTER.check(edited, target, p.settings()),
              LINTER.recheck(edited, target, p.settings(), () -> false, prev).findings(),
              target.path() + " after editing " + other.path());
          compared++;
        }
      }
    }
    assertEquals(true, compared > 100, "compared " + compared);
  }
}
