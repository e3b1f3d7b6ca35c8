package dev.distlint.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File names with newlines and escapes cannot forge report lines; SARIF URIs are encoded. */
class OutputHygieneTest {
  private static final String FORGED = "x\nfly.toml:1:1: error [forged] \u001b[2Jgone.yaml";

  @TempDir
  Path tmp;

  @Test
  void aFileNameCannotForgeAFindingLine() throws IOException {
    Path root = ExampleCopy.make(tmp);
    Files.move(root.resolve("k8s/chat.yaml"), root.resolve("k8s").resolve(FORGED));

    ExampleCopy.Run text = ExampleCopy.run("check", root.toString());
    ExampleCopy.Run sarif = ExampleCopy.run("check", "--format", "sarif", root.toString());

    assertTrue(text.out().contains("x\\nfly.toml:1:1: error [forged] \\x1B[2Jgone.yaml"),
        text.out());
    assertFalse(text.out().contains("\nfly.toml:1:1: error [forged]"), text.out());
    assertFalse(text.out().contains("\u001b"), text.out());
    assertTrue(sarif.out().contains("x%0Afly.toml%3A1%3A1%3A%20error%20%5Bforged%5D%20%1B%5B2Jgone.yaml"),
        sarif.out());
  }
}
