package dev.distlint.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the built jar ({@code target/distlint.jar}) as a user would: a separate JVM, a working
 * directory, optional standard input; returns the exit code and both outputs.
 */
final class Jar {
  static final Path JAR = Path.of("target/distlint.jar").toAbsolutePath();
  static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();

  record Result(int code, String out, String err) {
    List<String> errLines() {
      return err.isEmpty() ? List.of() : List.of(err.split("\n"));
    }
  }

  private Jar() {
  }

  static Result run(Path dir, String... args) throws Exception {
    return runWithInput(dir, null, args);
  }

  static Result runWithInput(Path dir, String stdin, String... args) throws Exception {
    assertTrue(Files.isRegularFile(JAR), JAR + " is missing: run mvn package");
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    return exec(dir, stdin, cmd);
  }

  static Result exec(Path dir, String stdin, List<String> cmd) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    if (stdin == null) {
      pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    }
    Process p = pb.start();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
    if (stdin != null) {
      try (var in = p.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
    }
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + cmd);
    }
    return new Result(p.exitValue(), out.get(), err.get());
  }

  private static String read(java.io.InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A copy of the example project in {@code dir}, marked as a project root. */
  static Path examples(Path dir) throws IOException {
    Path root = Files.createDirectories(dir.resolve("project"));
    try (Stream<Path> s = Files.walk(EXAMPLES)) {
      for (Path p : s.toList()) {
        Path target = root.resolve(EXAMPLES.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    Files.writeString(root.resolve(".distlint.yaml"), "rules: {}\n");
    return root;
  }
}
