package dev.distlint.cli;

import java.util.Arrays;
import java.util.List;

/** Usage texts of the commands and the error type for bad command lines. */
public final class Cli {
  public static final List<String> CHECK_FORMATS =
      List.of("text", "json", "sarif", "github", "gitlab", "junit", "checkstyle");

  public static final String USAGE = """
      distlint: catches distributed-system misconfiguration in BEAM cluster configs.

      Usage:
        distlint check [PATH...] [options]   lint files; see distlint check --help
        distlint review [PATH] [options]     the cluster review of a project
        distlint rules [--format text|json]  list the rules
        distlint explain RULE-ID             print a rule's documentation
        distlint patterns [--regex]          the files distlint reads, as globs or one regex
        distlint projects [PATH...]          the cluster projects found, each file and why
        distlint lsp                         start the language server on stdio
        distlint --version                   print the version

      Every command accepts --help; options take their value as --opt value or --opt=value.
      """;

  public static final String CHECK_USAGE = """
      Usage: distlint check [PATH...] [options]

      Reads the repository of each PATH (default: .) whole, checks each file within its cluster
      project (distlint projects lists them) with the nearest .distlint.yaml settings, and
      reports findings for the named files or directories.

      Options:
        --format FORMAT        text (default), json, sarif, github, gitlab, junit or checkstyle
        --output FILE          write the report to FILE instead of standard output
        --fail-on LEVEL        error, warning (default), info, hint or never
        --config FILE          settings file to use instead of the project's .distlint.yaml
        --baseline FILE        report only findings not recorded in FILE (default: the
                               settings' baseline key); list entries that no longer occur
        --write-baseline FILE  record the current findings in FILE and exit 0
        --fix                  apply the safe fixes, name the files changed, check again
        --diff                 print the safe fixes as a unified diff; write nothing
        --stdin                read the one file to check from standard input
        --stdin-filename PATH  the path that file has in the project (with --stdin)
        --statistics           print the number of findings per rule
        --quiet                print findings only: no summary, no notes
        --doc-url BASE         base URL of the rule docs linked from SARIF (BASE/<rule-id>.md)
        -h, --help             print this help

      Exit status: 0 when no finding is at or above --fail-on, 1 when one is, 2 on a usage or
      I/O error.
      """;

  public static final String REVIEW_USAGE = """
      Usage: distlint review [PATH] [--format markdown|json]

      Prints the cluster review of each cluster project at PATH (default: .): escalation level,
      cluster model, production checklist and findings by priority, from that project's files
      alone. With several projects, Markdown has one titled review a project and JSON a
      "projects" list. Says so, and exits 0, when PATH holds no BEAM project.
      """;

  public static final String EXPLAIN_USAGE = """
      Usage: distlint explain RULE-ID

      Prints the documentation of one rule; distlint rules lists the ids.
      """;

  public static final String RULES_USAGE = """
      Usage: distlint rules [--format text|json]

      Lists every rule with its default severity, confidence and title.
      """;

  public static final String PROJECTS_USAGE = """
      Usage: distlint projects [PATH...] [--format text|json] [--config FILE]

      Lists the cluster projects distlint finds in the repository of each PATH (default: .):
      each Mix project or umbrella, or project stated under projects: in .distlint.yaml, with
      every file checked with it and the evidence that links the file (its folder, a name, a
      build context, a deploy: glob). Cross-file rules join files of one project only. Files no
      evidence links are listed on their own, by folder.
      """;

  public static final String LSP_USAGE = """
      Usage: distlint lsp [--stdio] [--clientProcessId N]

      Starts the language server, speaking the Language Server Protocol on standard input and
      output. The options that language clients add on their own are accepted: --stdio (the
      only transport) and --clientProcessId (the editor's process id comes with initialize).
      """;

  private Cli() {
  }

  static String oneOf(String... options) {
    List<String> o = Arrays.asList(options);
    if (o.size() == 1) {
      return o.get(0);
    }
    return String.join(", ", o.subList(0, o.size() - 1)) + " or " + o.get(o.size() - 1);
  }

  /** A command line that cannot be run; the message is printed as one line. */
  public static final class UsageException extends RuntimeException {
    public UsageException(String message) {
      super(message);
    }
  }
}
