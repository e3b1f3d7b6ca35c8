package dev.distlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} on a generated repository (bench/gen_workspace.py, 300 files, made in a temporary
 * folder) prints exactly the same JSON when files are read, parsed and checked on every core as
 * on the sequential path ({@code DISTLINT_THREADS=1}): parallelism changes no finding and no
 * order.
 */
class SequentialPathIT {
  private static final Path GENERATOR =
      Path.of("../bench/gen_workspace.py").toAbsolutePath().normalize();

  @TempDir
  Path tmp;

  @Test
  void parallelAndSequentialChecksPrintTheSameJson() throws Exception {
    Path repo = tmp.resolve("bench-300");
    generate(repo, 300);
    Jar.Result parallel = check(repo, List.of());
    Jar.Result sequential = check(repo, List.of("env", "DISTLINT_THREADS=1"));
    assertEquals(1, parallel.code(), parallel.err());
    assertTrue(parallel.out().contains("\"rule\""), "the tree has findings to compare");
    assertEquals(parallel.code(), sequential.code(), sequential.err());
    assertEquals(parallel.out(), sequential.out());
  }

  private static Jar.Result check(Path repo, List<String> prefix) throws Exception {
    List<String> cmd = new ArrayList<>(prefix);
    cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-jar",
        Jar.JAR.toString(), "check", ".", "--format", "json"));
    return Jar.exec(repo, null, cmd);
  }

  private static void generate(Path repo, int files) throws Exception {
    assertTrue(Files.isRegularFile(GENERATOR), GENERATOR + " is missing");
    Process p;
    try {
      p = new ProcessBuilder("python3", GENERATOR.toString(), repo.toString(), "--files",
          String.valueOf(files)).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (java.io.IOException e) {
      Assumptions.abort("python3 is needed to generate the benchmark tree: " + e.getMessage());
      return;
    }
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the generator timed out");
    assertEquals(0, p.exitValue(), "the generator failed");
  }
}
