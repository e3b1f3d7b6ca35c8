package dev.distlint;

import dev.distlint.cli.CheckCommand;
import dev.distlint.cli.Cli;
import dev.distlint.cli.ExplainCommand;
import dev.distlint.lsp.ServerLauncher;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Entry point: {@code lsp}, {@code check}, {@code rules}, {@code explain}, {@code review}. */
public final class Main {
  private Main() {
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    if (args.length > 0 && args[0].equals("lsp")) {
      ServerLauncher.run(System.in, System.out);
      return;
    }
    System.exit(run(args, out, err));
  }

  /** Runs a CLI command and returns its exit code (0 clean, 1 findings, 2 usage or I/O error). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")
        || args[0].equals("help")) {
      out.print(Cli.USAGE);
      return args.length == 0 ? 2 : 0;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      switch (args[0]) {
        case "check":
          return CheckCommand.run(rest, out, err);
        case "rules":
          return ExplainCommand.rules(rest, out);
        case "explain":
          return ExplainCommand.explain(rest, out, err);
        case "patterns":
          return dev.distlint.cli.PatternsCommand.run(rest, out);
        case "review":
          return dev.distlint.cli.ReviewCommand.run(rest, out, err);
        case "warmup":
          return dev.distlint.lsp.Warmup.run(rest, out, err);
        case "--version":
        case "version":
          out.println("distlint " + dev.distlint.report.Version.VALUE);
          return 0;
        default:
          err.println("distlint: unknown command '" + args[0] + "' (try --help)");
          return 2;
      }
    } catch (Cli.UsageException e) {
      err.println("distlint: " + e.getMessage());
      return 2;
    } catch (Exception e) {
      err.println("distlint: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return 2;
    }
  }
}
