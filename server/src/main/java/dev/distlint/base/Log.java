package dev.distlint.base;

import java.util.function.Consumer;

/**
 * Where the engine's log lines go: stderr by default; the language server redirects them to
 * {@code window/logMessage}. Never stdout, which carries the protocol.
 */
public final class Log {
  private static volatile Consumer<String> sink = System.err::println;

  private Log() {
  }

  public static void setSink(Consumer<String> s) {
    sink = s;
  }

  public static Consumer<String> sink() {
    return sink;
  }

  /** A note on what the engine found (the server's log, the CLI's stderr). */
  public static void info(String message) {
    sink.accept("[distlint] " + message);
  }

  public static void warn(String message) {
    sink.accept("[distlint] " + message);
  }

  public static void error(String message, Throwable t) {
    sink.accept("[distlint] " + message + ": " + describe(t));
  }

  /**
   * A failure in one line that never quotes input: the exception's type and the place in our
   * code that raised it. Only I/O errors keep their message, which names a file.
   */
  public static String describe(Throwable t) {
    String where = "";
    for (StackTraceElement e : t.getStackTrace()) {
      if (e.getClassName().startsWith("dev.distlint.")) {
        String cls = e.getClassName();
        where = " at " + cls.substring(cls.lastIndexOf('.') + 1) + "." + e.getMethodName()
            + ":" + e.getLineNumber();
        break;
      }
    }
    String text = t instanceof java.io.IOException && t.getMessage() != null
        ? ": " + t.getMessage().lines().findFirst().orElse("") : "";
    return t.getClass().getSimpleName() + text + where;
  }
}
