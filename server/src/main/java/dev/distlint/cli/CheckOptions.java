package dev.distlint.cli;

import dev.distlint.base.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of {@code distlint check}, parsed from its command line.
 *
 * @param stdinFilename the path of the file read from standard input; null without --stdin
 */
record CheckOptions(List<String> paths, String format, Severity failOn, Path config, boolean fix,
    boolean diff, boolean stdin, String stdinFilename, Path baseline, Path writeBaseline,
    Path output, boolean statistics, boolean quiet, String docUrl, boolean help) {

  static CheckOptions parse(String[] argv) {
    List<String> paths = new ArrayList<>();
    String format = "text";
    Severity failOn = Severity.WARNING;
    Path config = null;
    boolean fix = false;
    boolean diff = false;
    boolean stdin = false;
    String stdinFilename = null;
    Path baseline = null;
    Path writeBaseline = null;
    Path output = null;
    boolean statistics = false;
    boolean quiet = false;
    String docUrl = null;
    Args a = new Args(argv);
    while (a.hasNext()) {
      String opt = a.next();
      switch (opt) {
        case "-h", "--help" -> {
          return new CheckOptions(List.of(), format, failOn, null, false, false, false, null, null,
              null, null, false, false, null, true);
        }
        case "--format" -> format = Args.choice(opt, a.value(opt),
            Cli.CHECK_FORMATS.toArray(String[]::new));
        case "--fail-on" -> {
          String v = a.value(opt);
          failOn = v.equals("never") ? null : Severity.parse(v).orElseThrow(
              () -> new Cli.UsageException("--fail-on must be error, warning, info, hint or never"));
        }
        case "--config" -> config = absolute(a.value(opt));
        case "--baseline" -> baseline = absolute(a.value(opt));
        case "--write-baseline" -> writeBaseline = absolute(a.value(opt));
        case "--output" -> output = absolute(a.value(opt));
        case "--stdin-filename" -> stdinFilename = a.value(opt);
        case "--doc-url" -> {
          String v = a.value(opt);
          docUrl = v.endsWith("/") ? v : v + "/";
        }
        case "--fix", "--diff", "--stdin", "--statistics", "--quiet" -> {
          a.noValue(opt);
          switch (opt) {
            case "--fix" -> fix = true;
            case "--diff" -> diff = true;
            case "--stdin" -> stdin = true;
            case "--statistics" -> statistics = true;
            default -> quiet = true;
          }
        }
        default -> {
          if (opt.startsWith("-") && !opt.equals("-")) {
            throw new Cli.UsageException("unknown option " + opt + " (try distlint check --help)");
          }
          paths.add(opt);
        }
      }
    }
    if (stdin && (stdinFilename == null || !paths.isEmpty())) {
      throw new Cli.UsageException("--stdin needs --stdin-filename PATH and no other paths");
    }
    if (!stdin && stdinFilename != null) {
      throw new Cli.UsageException("--stdin-filename needs --stdin");
    }
    if (fix && (diff || stdin)) {
      throw new Cli.UsageException("--fix cannot be combined with " + (diff ? "--diff" : "--stdin"));
    }
    if (writeBaseline != null && (baseline != null || fix || diff)) {
      throw new Cli.UsageException("--write-baseline cannot be combined with --baseline, --fix "
          + "or --diff");
    }
    if (stdin) {
      paths.add(stdinFilename);
    } else if (paths.isEmpty()) {
      paths.add(".");
    }
    return new CheckOptions(List.copyOf(paths), format, failOn, config, fix, diff, stdin,
        stdinFilename, baseline, writeBaseline, output, statistics, quiet, docUrl, false);
  }

  private static Path absolute(String p) {
    return Path.of(p).toAbsolutePath().normalize();
  }
}
