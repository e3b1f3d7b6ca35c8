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

  public static void warn(String message) {
    sink.accept("[distlint] " + message);
  }

  public static void error(String message, Throwable t) {
    sink.accept("[distlint] " + message + ": " + t.getClass().getSimpleName()
        + (t.getMessage() == null ? "" : " " + t.getMessage().lines().findFirst().orElse("")));
  }
}
