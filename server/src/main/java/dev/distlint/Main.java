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
  /** Made before the heap runs out: printing it then needs no allocation. */
  private static final byte[] OUT_OF_MEMORY =
      ("distlint: out of memory (raise the heap with DISTLINT_JVM_OPTS=-Xmx...)"
          + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
  private static final java.util.concurrent.atomic.AtomicBoolean TOLD_OUT_OF_MEMORY =
      new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * Says once that the heap ran out, without allocating: other threads may still hold it, and
   * the heap can run out on any of them.
   */
  private static void outOfMemory(PrintStream err) {
    if (TOLD_OUT_OF_MEMORY.compareAndSet(false, true)) {
      err.write(OUT_OF_MEMORY, 0, OUT_OF_MEMORY.length);
      err.flush();
    }
  }

  private Main() {
  }

  public static void main(String[] args) {
    if (dev.distlint.base.Timings.on()) {
      dev.distlint.base.Timings.mark("main, JVM up for " + java.lang.management.ManagementFactory
          .getRuntimeMXBean().getUptime() + " ms");
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    if (args.length >= 1 && args[0].equals("lsp")
        && transportFlags(Arrays.copyOfRange(args, 1, args.length))) {
      ServerLauncher.run(System.in, System.out);
      return;
    }
    // A failure outside run() (another thread, or an error while reporting one) is still an
    // internal error: exit 2, never the JVM's default 1. The heap can run out on any thread
    // (the rules' loader, a worker): the user gets the same line as when it runs out on this one.
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
      try {
        if (e instanceof OutOfMemoryError) {
          outOfMemory(System.err);
        } else {
          System.err.println("distlint: internal error: " + dev.distlint.base.Log.describe(e));
        }
        System.err.flush();
      } catch (Throwable ignored) {
        // nothing more can be said
      }
      Runtime.getRuntime().halt(2);
    });
    int code;
    try {
      code = run(args, out, err);
    } catch (Throwable e) {
      if (e instanceof OutOfMemoryError) {
        outOfMemory(System.err);
      }
      code = 2;
    }
    System.exit(code);
  }

  /** Runs a CLI command and returns its exit code (0 clean, 1 findings, 2 usage, I/O or internal error, out of memory included). */
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
        case "projects":
          return dev.distlint.cli.ProjectsCommand.run(rest, out, err);
        case "review":
          return dev.distlint.cli.ReviewCommand.run(rest, out, err);
        case "lsp":
          return lspHelp(rest, out);
        case "warmup":
          return dev.distlint.Warmup.run(rest, out, err);
        case "--version":
        case "-V":
        case "version":
          out.println("distlint " + dev.distlint.base.Version.VALUE);
          return 0;
        default:
          err.println("distlint: unknown command '" + args[0] + "' (try --help)");
          return 2;
      }
    } catch (Cli.UsageException e) {
      err.println("distlint: " + e.getMessage());
      return 2;
    } catch (Exception | StackOverflowError e) {
      err.println("distlint: internal error: " + dev.distlint.base.Log.describe(e));
      return 2;
    } catch (OutOfMemoryError e) {
      outOfMemory(err);
      return 2;
    }
  }

  /**
   * Whether the arguments after {@code lsp} are only the transport flags that language clients
   * add on their own ({@code --stdio}, {@code --clientProcessId N}): the server speaks on
   * standard input and output in every case.
   */
  static boolean transportFlags(String[] rest) {
    for (int i = 0; i < rest.length; i++) {
      String a = rest[i];
      if (a.equals("--stdio") || a.matches("--clientProcessId=\\d+")) {
        continue;
      }
      if (a.equals("--clientProcessId") && i + 1 < rest.length && rest[i + 1].matches("\\d+")) {
        i++;
        continue;
      }
      return false;
    }
    return true;
  }

  /** {@code lsp} with other arguments: only {@code --help} is meaningful. */
  private static int lspHelp(String[] rest, PrintStream out) {
    if (rest.length == 1 && (rest[0].equals("--help") || rest[0].equals("-h"))) {
      out.print(Cli.LSP_USAGE);
      return 0;
    }
    for (String a : rest) {
      if (a.equals("--socket") || a.startsWith("--socket=") || a.equals("--pipe")
          || a.startsWith("--pipe=") || a.equals("--node-ipc")) {
        throw new Cli.UsageException("lsp speaks on standard input and output only ('" + a
            + "' is not supported; use --stdio or no option)");
      }
    }
    throw new Cli.UsageException("lsp takes no arguments but --stdio and --clientProcessId"
        + " (try distlint lsp --help)");
  }
}
