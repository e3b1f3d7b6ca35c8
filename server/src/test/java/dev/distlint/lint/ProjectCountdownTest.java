package dev.distlint.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.base.Finding;
import dev.distlint.documents.ParsedFile;
import dev.distlint.facts.projects.ClusterProject;
import dev.distlint.facts.projects.ProjectModel;
import dev.distlint.rules.BuiltinRules;
import dev.distlint.support.Fixture;
import dev.distlint.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A batch check lets go of a project once the last file that reads it is checked, and letting go
 * (forgetting parses and facts) changes no finding, on every repository shape.
 */
class ProjectCountdownTest {
  private static final Path SHAPES = Path.of("src/test/resources/shapes");

  private static List<Path> shapes() throws IOException {
    try (Stream<Path> cases = Files.list(SHAPES)) {
      return cases.sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> aProjectFinishesOnceAfterTheLastFileThatReadsIt() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path c : shapes()) {
      tests.add(DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
        Fixture fx = Fixture.read(c);
        Workspace ws = fx.workspace();
        ProjectModel model = fx.model(ws);
        List<ParsedFile> files = List.copyOf(ws.files());
        // readers of each project, in check order
        Map<ClusterProject, List<String>> readers = new LinkedHashMap<>();
        for (ParsedFile f : files) {
          for (ClusterProject p : ProjectCountdown.readBy(model, f.path())) {
            readers.computeIfAbsent(p, k -> new ArrayList<>()).add(f.path());
          }
        }
        // backwards too: the order files are checked in must not matter
        for (boolean reversed : new boolean[] {false, true}) {
          List<ParsedFile> order = new ArrayList<>(files);
          if (reversed) {
            java.util.Collections.reverse(order);
          }
          ProjectCountdown countdown = new ProjectCountdown(model, files);
          Set<String> checked = new HashSet<>();
          Set<ClusterProject> finished = new HashSet<>();
          for (ParsedFile f : order) {
            checked.add(f.path());
            for (ClusterProject p : countdown.done(f.path())) {
              assertTrue(finished.add(p), p.name() + " finished twice");
              assertTrue(checked.containsAll(readers.get(p)),
                  p.name() + " finished before all of " + readers.get(p) + " were checked");
            }
          }
          assertEquals(readers.keySet(), finished, "every project read finishes");
        }
      }));
    }
    return tests.stream();
  }

  @Test
  void aSharedComposeFileIsReadByEachProjectThatRunsItsServices() {
    Fixture fx = Fixture.read(SHAPES.resolve("compose-shared-by-projects"));
    Workspace ws = fx.workspace();
    ProjectModel model = fx.model(ws);
    String compose = ws.files().stream().filter(f -> f.path().endsWith("docker-compose.yml"))
        .findFirst().orElseThrow().path();
    List<ClusterProject> readBy = ProjectCountdown.readBy(model, compose);
    // its own project (the folder's unlinked files) and the two that run its services
    assertEquals(List.of("unlinked: ./", "gateway", "jobs"),
        readBy.stream().map(ClusterProject::name).toList());
    // none of them finishes before the compose file is checked, even with all its own files done
    ProjectCountdown countdown = new ProjectCountdown(model, List.copyOf(ws.files()));
    for (ParsedFile f : ws.files()) {
      if (!f.path().equals(compose)) {
        for (ClusterProject p : countdown.done(f.path())) {
          assertFalse(readBy.contains(p), p.name() + " finished before " + compose);
        }
      }
    }
    assertEquals(readBy, countdown.done(compose));
  }

  @TestFactory
  Stream<DynamicTest> forgettingEveryProjectAfterEachFileChangesNoFinding() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path c : shapes()) {
      tests.add(DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
        Fixture fx = Fixture.read(c);
        Linter linter = new Linter(BuiltinRules.all());
        Workspace ws = fx.workspace();
        List<Finding> kept = linter.checkInProjects(fx.model(ws), List.copyOf(ws.files()));
        Fixture again = Fixture.read(c);
        Workspace ws2 = again.workspace();
        ProjectModel model = again.model(ws2);
        // far more than a check does: every project, whenever any finishes
        List<Finding> forgotten = linter.checkInProjects(model, List.copyOf(ws2.files()),
            done -> model.projects().forEach(p -> p.workspace().forget()));
        assertEquals(text(kept), text(forgotten));
        assertFalse(kept.isEmpty() && !c.getFileName().toString().endsWith("quiet")
            && fx.expected().size() > 0, "the shape has findings to compare");
      }));
    }
    return tests.stream();
  }

  private static List<String> text(List<Finding> findings) {
    List<String> out = new ArrayList<>();
    findings.forEach(f -> out.add(f.path() + " " + f.range() + " " + f.ruleId() + " "
        + f.message()));
    return out;
  }
}
