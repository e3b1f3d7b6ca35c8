package dev.distlint.cli;

/** Usage text and the error type for bad command lines. */
public final class Cli {
  public static final String USAGE = """
      distlint: catches distributed-system misconfiguration in BEAM cluster configs.

      Usage:
        distlint check [PATH...] [--format text|json|sarif] [--fail-on error|warning|info|never]
                       [--config FILE] [--fix]
        distlint rules [--format text|json]
        distlint explain RULE-ID
        distlint review [PATH] [--format markdown|json]
        distlint patterns [--regex]  the files distlint reads, as globs or one regular expression
        distlint lsp                 start the language server on stdio
        distlint --version

      check exits 0 when no finding is at or above --fail-on (default: warning),
      1 when some are, and 2 on a usage or I/O error.
      """;

  private Cli() {
  }

  /** A command line that cannot be run; the message is printed as one line. */
  public static final class UsageException extends RuntimeException {
    public UsageException(String message) {
      super(message);
    }
  }
}
