package dev.distlint.cli;

import dev.distlint.documents.FilePatterns;
import java.io.PrintStream;

/**
 * {@code distlint patterns}: the files distlint reads, one glob a line, or with {@code --regex}
 * as one regular expression (for a pre-commit hook's {@code files:}).
 */
public final class PatternsCommand {
  private PatternsCommand() {
  }

  public static int run(String[] args, PrintStream out) {
    boolean regex = false;
    for (String a : args) {
      if (a.equals("--regex")) {
        regex = true;
      } else {
        throw new Cli.UsageException("patterns: unknown option '" + a + "'");
      }
    }
    if (regex) {
      out.println(FilePatterns.regex());
    } else {
      FilePatterns.GLOBS.forEach(out::println);
    }
    return 0;
  }
}
