package dev.distlint.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.Main;
import dev.distlint.settings.Settings;
import dev.distlint.syntax.yaml.YamlParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading never blocks on a FIFO, the scan is capped, and the parse
 * cache is bounded by what its trees weigh.
 */
class ResourceBoundsTest {
  @TempDir
  Path tmp;

  @Test
  @Timeout(60)
  void aFifoIsSkippedNotRead() throws Exception {
    Files.createDirectories(tmp.resolve(".git"));
    Path fifo = Files.createDirectories(tmp.resolve("k8s")).resolve("pipe.yaml");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());

    assertTrue(WorkspaceLoader.scan(tmp, Settings.DEFAULT, () -> false).isEmpty());
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(err, true, StandardCharsets.UTF_8);
    int code = Main.run(new String[] {"check", fifo.toString()}, ps, ps);
    assertEquals(2, code, err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aLargeDocumentOfSmallValuesDoesNotStayInTheCache() {
    YamlParser.clearCache();
    StringBuilder sb = new StringBuilder("items:\n");
    while (sb.length() < 3_800_000) {
      sb.append("  - {a: 1, b: 2}\n");
    }
    YamlParser.parse(sb.toString());
    assertTrue(YamlParser.cachedWeight() <= 48L * 1024 * 1024,
        "cache weighs " + YamlParser.cachedWeight() + " bytes");
    YamlParser.clearCache();
  }

  /** Past the file cap the scan stops, keeps what it read, and says so in one notice. */
  @Test
  void theScanStopsAtItsFileCapAndSaysSo() throws Exception {
    Path k8s = Files.createDirectories(tmp.resolve("k8s"));
    for (int i = 0; i < WorkspaceLoader.MAX_SCAN_FILES + 5; i++) {
      Files.writeString(k8s.resolve("f" + i + ".yaml"), "a: 1\n");
    }
    java.util.List<String> notices = new java.util.ArrayList<>();
    var files = WorkspaceLoader.scan(tmp, Settings.DEFAULT, () -> false, notices::add);
    assertEquals(WorkspaceLoader.MAX_SCAN_FILES, files.size());
    assertTrue(notices.stream().anyMatch(n -> n.startsWith("stopped reading")), notices.toString());
  }
}
