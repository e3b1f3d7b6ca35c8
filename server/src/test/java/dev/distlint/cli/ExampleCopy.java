package dev.distlint.cli;

import dev.distlint.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the repository's {@code examples/} project (with a {@code .git} folder) to run on. */
final class ExampleCopy {
  static final Path EXAMPLES = Path.of("../examples");

  private ExampleCopy() {
  }

  static Path make(Path dir) throws IOException {
    Path root = dir.resolve("project");
    try (Stream<Path> s = Files.walk(EXAMPLES)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Path to = root.resolve(EXAMPLES.relativize(p).toString());
        Files.createDirectories(to.getParent());
        Files.copy(p, to);
      }
    }
    Files.createDirectories(root.resolve(".git"));
    return root;
  }

  /** What a CLI run printed and its exit code. */
  record Run(int code, String out, String err) {
  }

  /** Runs the CLI with the current directory at {@code cwd} (paths are passed absolute). */
  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
