package dev.distlint.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.Main;
import dev.distlint.base.Log;
import dev.distlint.settings.PathGlob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that made regular expressions backtrack without end: a node host of colons, an unclosed
 * {@code ${} of capitals, a {@code .gitignore} line of stars against a long file name. Each runs
 * at two sizes; the larger may cost about twice the smaller, not four times or worse.
 */
@Timeout(300)
class BacktrackingTest {
  @TempDir
  Path tmp;

  @Test
  void aHostOfColonsInEnvShAndVmArgsIsClassifiedInLinearTime() {
    Growth.assertLinear("RELEASE_NODE=app@:::...g", 80_000, n -> {
      Path root = project("env" + n);
      write(root.resolve("rel/env.sh"), "export RELEASE_NODE=app@" + ":".repeat(n) + "g\n");
      write(root.resolve("rel/vm.args"), "-name app@" + ":".repeat(n) + "g\n");
      cli("check", "--fail-on", "never", root.toString());
    });
  }

  @Test
  void anUnclosedVariableInTheNodeNameIsReviewedInLinearTime() {
    Growth.assertLinear("RELEASE_NODE=app@${AAA...", 100_000, n -> {
      Path root = project("review" + n);
      write(root.resolve("rel/env.sh"), "RELEASE_NODE=app@${" + "A".repeat(n) + "\n");
      cli("review", root.toString());
    });
  }

  @Test
  void aGitignoreOfStarsAgainstALongFileNameIsMatchedInLinearTime() {
    Growth.assertLinear(".gitignore *a*a*a*a*a*a*a*a*b", 120, n -> {
      Path root = project("glob" + n);
      write(root.resolve(".gitignore"), "*a*a*a*a*a*a*a*a*b\n");
      write(root.resolve(".distlint.yaml"), "exclude:\n  - \"*a*a*a*a*a*a*a*a*b\"\n");
      write(root.resolve("k8s/" + "a".repeat(n) + ".yaml"), "kind: ConfigMap\n");
      for (int i = 0; i < 200; i++) {
        PathGlob.of("**/*a*a*a*a*a*a*a*a*b").matches("k8s/" + "a".repeat(n) + ".yaml");
      }
      cli("check", "--fail-on", "never", root.toString());
    });
  }

  @Test
  void openingsWithoutClosersInANodeNameAreReadInLinearTime() {
    Growth.assertLinear("RELEASE_NODE=${${${...@host", 20_000, n -> {
      Path root = project("template" + n);
      write(root.resolve("rel/env.sh"), "export RELEASE_NODE=" + "${$(`<%".repeat(n)
          + "x@host\n");
      write(root.resolve("docker-compose.yml"), "services:\n  a:\n    environment: {RELEASE_NODE: a}\n    stop_grace_period: "
          + "1".repeat(n) + "x\n");
      cli("check", "--fail-on", "never", root.toString());
    });
  }

  @Test
  void aLongTomlNumberIsReadInLinearTime() {
    List<String> log = new ArrayList<>();
    Log.setSink(log::add);
    try {
      Growth.assertLinear("kill_timeout = 111...", 100_000, n -> {
      Path root = project("toml" + n);
      write(root.resolve("fly.toml"), "app = \"x\"\nkill_timeout = " + "1".repeat(n)
          + "\nswap = " + "1_2".repeat(n) + ".5e1\n");
        cli("check", "--fail-on", "never", root.toString());
      });
    } finally {
      Log.setSink(System.err::println);
    }
    assertTrue(log.stream().noneMatch(l -> l.contains("failed")), log.toString());
  }

  @Test
  void pathGlobsKeepTheirMeaning() {
    assertTrue(PathGlob.of("**/*.yaml").matches("k8s/chat.yaml"));
    assertTrue(PathGlob.of("**/*.yaml").matches("chat.yaml"));
    assertFalse(PathGlob.of("*.yaml").matches("k8s/chat.yaml"));
    assertTrue(PathGlob.of("k8s/**").matches("k8s"));
    assertTrue(PathGlob.of("k8s/**/x?.yaml").matches("k8s/a/b/x1.yaml"));
    assertFalse(PathGlob.of("k8s/**/x?.yaml").matches("k8s/a/b/x12.yaml"));
    assertTrue(PathGlob.of("*a*a*b").matches("xaYab"));
    assertFalse(PathGlob.of("*a*a*a*a*a*a*a*a*b").matches("a".repeat(120)));
    assertEquals(false, PathGlob.of("a/*").matches("a/b/c"));
  }

  private Path project(String name) {
    Path root = tmp.resolve(name);
    try {
      Files.createDirectories(root.resolve(".git"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return root;
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void cli(String... args) {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(sink, true, StandardCharsets.UTF_8);
    int code = Main.run(args, ps, ps);
    assertTrue(code == 0 || code == 1, "exit " + code + ": " + sink);
  }
}
