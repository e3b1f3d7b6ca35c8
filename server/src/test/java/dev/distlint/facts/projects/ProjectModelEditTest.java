package dev.distlint.facts.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.documents.ParsedFile;
import dev.distlint.settings.Settings;
import dev.distlint.support.Fixture;
import dev.distlint.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The model after an edit, made from the model before it ({@link ProjectModel#next}), is the
 * model built anew: for an edit that links nothing differently (only the edited file's projects
 * change) and for one that does (the model is built again).
 */
class ProjectModelEditTest {
  private static final Path SHAPES = Path.of("src/test/resources/shapes");
  private static final ProjectModel.Basis BASIS =
      new ProjectModel.Basis(Map.of("", Settings.DEFAULT), Settings.DEFAULT, false);

  /** Everything the model says, files by path, text and context, for comparison. */
  private static String describe(ProjectModel m) {
    StringBuilder b = new StringBuilder();
    for (ClusterProject p : m.projects()) {
      b.append(p.name()).append(" | ").append(p.dir()).append(" | ").append(p.origin())
          .append(" | ").append(new java.util.TreeSet<>(p.names())).append('\n');
      for (ClusterProject.Member mem : p.members()) {
        b.append("  ").append(mem).append('\n');
      }
      for (ParsedFile f : p.workspace().files()) {
        b.append("  file ").append(f.path()).append(' ').append(f.kind()).append(' ')
            .append(f.context()).append(' ').append(f.text().hashCode()).append('\n');
      }
      for (ClusterProject.Member mem : p.members()) {
        b.append("  shares ").append(m.sharesOf(mem.path()).size()).append('\n');
      }
    }
    return b.toString();
  }

  private static Workspace replaced(Workspace ws, String path, String text) {
    List<ParsedFile> files = new ArrayList<>();
    for (ParsedFile f : ws.files()) {
      files.add(f.path().equals(path) ? ParsedFile.of(path, text, f.version() + 1) : f);
    }
    return new Workspace(files);
  }

  /** A comment added at the end, in the file's own syntax; null where it has none. */
  private static String commented(ParsedFile f) {
    return switch (f.kind()) {
      case K8S, COMPOSE, YAML, DISTLINT_CONFIG, FLY, EXS, EX, MIX, ENVSH, DOCKERFILE, ENTRYPOINT,
          VMARGS -> f.text() + "\n# edited\n";
      default -> null;
    };
  }

  @TestFactory
  Stream<DynamicTest> aCommentAddedToAnyFileOfAnyShapeKeepsTheModel() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> cases = Files.list(SHAPES)) {
      for (Path c : cases.sorted().toList()) {
        tests.add(DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
          Workspace before = Fixture.read(c).workspace();
          ProjectModel m0 = ProjectModel.of(before, BASIS);
          for (ParsedFile f : before.files()) {
            String text = commented(f);
            if (text == null || f.kind() == dev.distlint.base.FileKind.DISTLINT_CONFIG) {
              continue;
            }
            Workspace after = replaced(before, f.path(), text);
            ProjectModel next = ProjectModel.next(m0, before, after, BASIS);
            assertEquals(describe(ProjectModel.of(after, BASIS)), describe(next),
                c.getFileName() + ": a comment in " + f.path());
            // made from the model before: a project without the file is that project itself
            for (int i = 0; i < next.projects().size(); i++) {
              ClusterProject p = next.projects().get(i);
              if (!p.workspace().has(f.path())) {
                assertSame(m0.projects().get(i), p, f.path() + " is not in " + p.name());
              }
            }
          }
        }));
      }
    }
    return tests.stream();
  }

  @Test
  void anEditThatLinksAFileElsewhereBuildsTheModelAgain() {
    Workspace before = Fixture.read(SHAPES.resolve("monorepo-two-projects")).workspace();
    ProjectModel m0 = ProjectModel.of(before, BASIS);
    String path = before.files().stream().filter(f -> f.path().endsWith("deploy/chat.yaml"))
        .findFirst().orElseThrow().path();
    assertEquals("chat", m0.projectOf(path).name());
    // the chat manifest now runs billing's image under billing's names
    String text = before.file(path).text().replace("chat", "billing");
    Workspace after = replaced(before, path, text);
    ProjectModel next = ProjectModel.next(m0, before, after, BASIS);
    assertEquals(describe(ProjectModel.of(after, BASIS)), describe(next));
    assertEquals("billing", next.projectOf(path).name());
    assertNotSame(m0.projects().get(0), next.projects().get(0));
  }

  @Test
  void unchangedSnapshotsShareTheModel() {
    Workspace before = Fixture.read(SHAPES.resolve("umbrella")).workspace();
    ProjectModel m0 = ProjectModel.of(before, BASIS);
    Workspace same = new Workspace(before.files());
    assertSame(m0, ProjectModel.next(m0, before, same, BASIS));
    assertTrue(ProjectModel.next(null, null, same, BASIS).projects().size() > 0);
  }
}
