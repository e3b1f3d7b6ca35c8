package dev.distlint.assist;

import dev.distlint.knowledge.AllowedValue;
import dev.distlint.knowledge.Context;
import dev.distlint.knowledge.KeyHover;
import dev.distlint.knowledge.KeySpec;
import dev.distlint.base.TextRange;
import java.util.regex.Pattern;

/** Builds suggestions from grammar keys and values, with the same detail and sort order everywhere. */
final class Suggest {
  private static final Pattern BARE_ATOM = Pattern.compile("[a-z_][A-Za-z0-9_]*[?!]?");

  private Suggest() {
  }

  /** A key: detail is its type, requirement and default; documentation is its hover. */
  static Suggestion key(Context ctx, KeySpec k, String insert, boolean snippet, TextRange replace,
      Suggestion.Kind kind) {
    return new Suggestion(k.name(), kind, detail(k), KeyHover.markdown(ctx, k), insert, snippet,
        replace, sortKey(k));
  }

  /** "integer, required" / "integer, default 5_000 ms" / "atom, deprecated". */
  static String detail(KeySpec k) {
    StringBuilder d = new StringBuilder(k.typeLabel().isEmpty() ? "any" : k.typeLabel());
    if (k.required()) {
      d.append(", required");
    } else if (k.requiredNote() != null) {
      d.append(", required when ").append(k.requiredNote());
    }
    if (k.defaultValue() != null) {
      d.append(", default ").append(k.defaultValue());
      if (k.unit() != null) {
        d.append(' ').append(k.unit());
      }
    } else if (k.unit() != null) {
      d.append(", in ").append(k.unit());
    }
    if (k.deprecated()) {
      d.append(", deprecated");
    }
    return d.toString();
  }

  /** Required keys first, deprecated ones last, the rest by name. */
  static String sortKey(KeySpec k) {
    return "1" + (k.required() ? "a" : k.deprecated() ? "z" : "m") + k.name();
  }

  /** A value of a key, written the way the target language needs it. */
  static Suggestion value(KeySpec k, AllowedValue v, String written, TextRange replace, int order) {
    String doc = v.doc() == null ? k.doc() : v.doc() + "\n\n" + k.doc();
    Suggestion.Kind kind = Character.isUpperCase(written.charAt(0))
        ? Suggestion.Kind.MODULE : Suggestion.Kind.VALUE;
    return new Suggestion(written, kind, k.name() + " value", doc, written, false, replace,
        String.format("0%03d", order));
  }

  /** How a grammar value is written in Elixir: bare lower-case names are atoms. */
  static String elixir(String value) {
    if (BARE_ATOM.matcher(value).matches() && !value.equals("true") && !value.equals("false")
        && !value.equals("nil")) {
      return ":" + value;
    }
    return value;
  }

  /** How a grammar value is written outside Elixir (vm.args, env.sh): without the colon. */
  static String plain(String value) {
    return value.startsWith(":") ? value.substring(1) : value;
  }
}
