package dev.distlint.base;

import java.util.Locale;
import java.util.Optional;

/** Finding severity, ordered from most to least severe (the LSP DiagnosticSeverity order). */
public enum Severity {
  ERROR, WARNING, INFO, HINT;

  /** True when this severity is at least as severe as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses error|warning|info|information|hint (case-insensitive). */
  public static Optional<Severity> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    switch (s.trim().toLowerCase(Locale.ROOT)) {
      case "error": return Optional.of(ERROR);
      case "warning": case "warn": return Optional.of(WARNING);
      case "info": case "information": return Optional.of(INFO);
      case "hint": return Optional.of(HINT);
      default: return Optional.empty();
    }
  }
}
