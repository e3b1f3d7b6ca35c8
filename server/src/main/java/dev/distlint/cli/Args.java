package dev.distlint.cli;

/**
 * Walks a command line, accepting options in both spellings every CLI accepts: {@code --opt
 * value} and {@code --opt=value}.
 */
final class Args {
  private final String[] args;
  private int next;
  private String inline;

  Args(String[] args) {
    this.args = args;
  }

  boolean hasNext() {
    return next < args.length;
  }

  /** The next argument; for {@code --opt=value} the option alone, its value kept for {@link #value}. */
  String next() {
    String a = args[next++];
    inline = null;
    int eq = a.indexOf('=');
    if (a.startsWith("--") && eq > 2) {
      inline = a.substring(eq + 1);
      return a.substring(0, eq);
    }
    return a;
  }

  /** The value of option {@code opt}: its inline {@code =value} or the following argument. */
  String value(String opt) {
    if (inline != null) {
      String v = inline;
      inline = null;
      return v;
    }
    if (next >= args.length) {
      throw new Cli.UsageException(opt + " needs a value");
    }
    return args[next++];
  }

  /** Rejects {@code --flag=value} for an option that takes no value. */
  void noValue(String opt) {
    if (inline != null) {
      throw new Cli.UsageException(opt + " takes no value");
    }
  }

  static boolean isHelp(String a) {
    return a.equals("--help") || a.equals("-h");
  }

  static String choice(String opt, String value, String... allowed) {
    for (String s : allowed) {
      if (s.equals(value)) {
        return value;
      }
    }
    throw new Cli.UsageException(opt + " must be " + Cli.oneOf(allowed));
  }
}
