package dev.distlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs that used to report "No problems" over nothing now warn and fail; settings are checked. */
class SilentNothingTest {
  @TempDir
  Path tmp;

  @Test
  void anIncludeThatMatchesNothingFailsWithAWarning() throws IOException {
    Path root = ExampleCopy.make(tmp);
    Files.writeString(root.resolve(".distlint.yaml"), "include: 5\n");

    ExampleCopy.Run run = ExampleCopy.run("check", root.toString());

    assertEquals(2, run.code(), run.out() + run.err());
    assertTrue(run.err().contains("no file was checked"), run.err());
  }

  @Test
  void settingsWarningsShowEvenWhenIncludeLeavesTheSettingsOut() throws IOException {
    Path root = ExampleCopy.make(tmp);
    Files.writeString(root.resolve(".distlint.yaml"), """
        include: ["k8s/**"]
        include: ["config/**"]
        rules:
          identical-timeouts-everywhere:
            params: {min-workloads: 1, max-workloads: 4}
          k8s-probe-timing-vs-boot:
            params: {min-seconds: "soon"}
        ---
        rules: {}
        """);

    ExampleCopy.Run run = ExampleCopy.run("check", "--fail-on", "never", root.toString());

    String out = run.out();
    assertTrue(out.contains(".distlint.yaml"), out);
    assertTrue(out.contains("Duplicate key 'include'"), out);
    assertTrue(out.contains("Unknown parameter 'max-workloads'"), out);
    assertTrue(out.contains("Parameter 'min-workloads' must be an integer in 2..100000"), out);
    assertTrue(out.contains("Parameter 'min-seconds' must be an integer"), out);
    assertTrue(out.contains("Only the first YAML document"), out);
  }

  @Test
  void aManifestWithANulByteIsNamedAndTheRunFails() throws IOException {
    Path root = ExampleCopy.make(tmp);
    Path chat = root.resolve("k8s/chat.yaml");
    Files.writeString(chat, "# \u0000\n" + Files.readString(chat));

    ExampleCopy.Run run = ExampleCopy.run("check", "--fail-on", "never", root.toString());

    assertEquals(2, run.code(), run.err());
    assertTrue(run.err().contains("left out"), run.err());
  }
}
