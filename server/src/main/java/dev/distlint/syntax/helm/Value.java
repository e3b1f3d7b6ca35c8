package dev.distlint.syntax.helm;

import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YNode;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.syntax.yaml.YSeq;
import java.util.List;
import java.util.Set;

/**
 * What a template expression evaluates to: a scalar with the text Helm would print, a mapping or
 * list (only its emptiness is known), nothing (a missing value), or unknown. A value read from a
 * values file keeps where it was written, so a finding about it can point there.
 *
 * @param path the values path when the value is a values node (for {@code with}), else null
 * @param origin where a values-file value is written, else null (a literal of the template)
 * @param quoted true after {@code quote}: printed as a YAML double-quoted string
 */
public record Value(Kind kind, String text, List<String> path, ChartValues.Found origin,
    boolean quoted) {

  /** The kinds of value. Numbers keep Helm's printing: values are float64 in Helm. */
  public enum Kind { STRING, NUMBER, BOOL, COLLECTION_EMPTY, COLLECTION, MISSING, UNKNOWN }

  /** Spellings YAML 1.1 (the parser behind Helm's values) reads as booleans. */
  private static final Set<String> TRUE = Set.of("y", "Y", "yes", "Yes", "YES", "true", "True",
      "TRUE", "on", "On", "ON");
  private static final Set<String> FALSE = Set.of("n", "N", "no", "No", "NO", "false", "False",
      "FALSE", "off", "Off", "OFF");
  /** Go prints float64 values of a million and more in exponent form (1e+06). */
  private static final long EXPONENT_FORM = 1_000_000L;

  public static final Value UNKNOWN = new Value(Kind.UNKNOWN, null, null, null, false);
  public static final Value MISSING = new Value(Kind.MISSING, null, null, null, false);

  static Value literal(String text, boolean string) {
    if (string) {
      return new Value(Kind.STRING, text, null, null, false);
    }
    if (text.equals("nil")) {
      return MISSING;
    }
    return new Value(text.equals("true") || text.equals("false") ? Kind.BOOL : Kind.NUMBER, text,
        null, null, false);
  }

  /** The value of a values-file node found at {@code path}. */
  static Value of(ChartValues.Found found, List<String> path) {
    YNode n = found.node();
    if (n instanceof YMap m) {
      return collection(m.entries().isEmpty(), path, found);
    }
    if (n instanceof YSeq s) {
      return collection(s.items().isEmpty(), path, found);
    }
    YScalar s = (YScalar) n;
    if (!s.plain()) {
      return new Value(Kind.STRING, s.value(), path, found, false);
    }
    if (s.isNull()) {
      return MISSING;
    }
    if (TRUE.contains(s.value()) || FALSE.contains(s.value())) {
      return new Value(Kind.BOOL, TRUE.contains(s.value()) ? "true" : "false", path, found, false);
    }
    Long l = s.asLong();
    if (l != null) {
      return Math.abs(l) < EXPONENT_FORM ? new Value(Kind.NUMBER, Long.toString(l), path, found,
          false) : UNKNOWN;
    }
    if (s.value().matches("[-+]?(\\.\\d+|\\d+\\.\\d*)([eE][-+]?\\d+)?|0x[0-9a-fA-F]+|0o?[0-7]+")) {
      return UNKNOWN; // floats, hex and octal print differently from how they are written
    }
    return new Value(Kind.STRING, s.value(), path, found, false);
  }

  private static Value collection(boolean empty, List<String> path, ChartValues.Found found) {
    return new Value(empty ? Kind.COLLECTION_EMPTY : Kind.COLLECTION, null, path, found, false);
  }

  public boolean known() {
    return kind != Kind.UNKNOWN;
  }

  /** Go template truth: false, 0, nil and empty strings and collections are false. */
  public Boolean truthy() {
    return switch (kind) {
      case UNKNOWN -> null;
      case MISSING, COLLECTION_EMPTY -> false;
      case COLLECTION -> true;
      case STRING -> !text.isEmpty();
      case BOOL -> text.equals("true");
      case NUMBER -> !text.equals("0");
    };
  }

  /** True when the value prints as a scalar distlint can read. */
  public boolean printable() {
    return kind == Kind.STRING || kind == Kind.NUMBER || kind == Kind.BOOL;
  }

  Value quote() {
    return printable() ? new Value(Kind.STRING, text, path, origin, true) : UNKNOWN;
  }
}
