package dev.distlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A baseline hides the findings it records, survives edits that move them, and shrinks. */
class BaselineIT {

  @Test
  void baselineSurvivesLinesInsertedAboveEveryFinding(@TempDir Path dir) throws Exception {
    Path root = Jar.examples(dir);
    Jar.Result write = Jar.run(root, "check", "--write-baseline", "distlint-baseline.json");
    assertEquals(0, write.code(), write.err());
    int recorded = JsonParser.parseString(Files.readString(root.resolve("distlint-baseline.json")))
        .getAsJsonObject().getAsJsonArray("findings").size();
    assertTrue(recorded > 10, "recorded " + recorded);
    assertTrue(write.err().contains("recorded " + recorded + " findings"), write.err());

    insertCommentAboveEveryFinding(root);
    Jar.Result moved = Jar.run(root, "check", "--format", "json", "--fail-on", "never");
    assertEquals(recorded, JsonParser.parseString(moved.out()).getAsJsonObject()
        .getAsJsonArray("findings").size(), "the edit kept every finding");

    Jar.Result r = Jar.run(root, "check", "--baseline=distlint-baseline.json");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().matches("No problems found in \\d+ files\\.\n"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void newFindingsAreReportedAndStaleEntriesListed(@TempDir Path dir) throws Exception {
    Path root = Jar.examples(dir);
    Files.writeString(root.resolve(".distlint.yaml"), "baseline: distlint-baseline.json\n");
    Jar.run(root, "check", "--write-baseline", "distlint-baseline.json");
    Path manifest = root.resolve("k8s/chat.yaml");
    Files.writeString(manifest, Files.readString(manifest)
        .replace("maxUnavailable: 2", "maxUnavailable: 1")
        .replace("terminationGracePeriodSeconds: 45", "terminationGracePeriodSeconds: 40"));
    Jar.Result r = Jar.run(root, "check");  // the settings name the baseline
    assertEquals(1, r.code());
    List<String> lines = r.out().lines().filter(l -> l.contains(" [")).toList();
    assertEquals(1, lines.size(), r.out());
    assertTrue(lines.get(0).contains("[shutdown-budget-exceeds-platform-grace]"), r.out());
    assertTrue(r.err().contains("2 baseline entries no longer occur"), r.err());
    assertTrue(r.err().contains("  k8s/chat.yaml [k8s-pdb-allows-quorum-loss]"), r.err());

    Jar.run(root, "check", "--write-baseline", "distlint-baseline.json");
    Jar.Result clean = Jar.run(root, "check");
    assertEquals(0, clean.code());
    assertEquals("", clean.err(), "rewriting the baseline drops the stale entries");
  }

  /** Adds a comment line above the line of every finding, in every file that has one. */
  private static void insertCommentAboveEveryFinding(Path root) throws Exception {
    Jar.Result json = Jar.run(root, "check", "--format", "json", "--fail-on", "never");
    Map<String, List<Integer>> lines = new TreeMap<>();
    for (var e : JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("findings")) {
      JsonObject f = e.getAsJsonObject();
      lines.computeIfAbsent(f.get("path").getAsString(), k -> new ArrayList<>())
          .add(f.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt());
    }
    for (var e : lines.entrySet()) {
      Path file = root.resolve(e.getKey());
      List<String> text = new ArrayList<>(Files.readAllLines(file));
      List<Integer> at = e.getValue().stream().distinct().sorted((a, b) -> b - a).toList();
      for (int line : at) {
        String indent = text.get(line).replaceAll("^(\\s*).*$", "$1");
        text.add(line, indent + "# reviewed");
      }
      text.add(0, "# a line added at the top");
      Files.write(file, text);
    }
  }
}
