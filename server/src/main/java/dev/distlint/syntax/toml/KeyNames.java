package dev.distlint.syntax.toml;

import dev.distlint.knowledge.Grammars;
import java.util.HashSet;
import java.util.Set;

/**
 * How a syntax message names a key: by name when it is a key our grammars know, otherwise as
 * "the key". A value written on the wrong line is read as a key, and may be a secret.
 */
final class KeyNames {
  private KeyNames() {
  }

  private static final class Known {
    static final Set<String> NAMES = collect();

    private static Set<String> collect() {
      Set<String> names = new HashSet<>();
      for (var dialect : Grammars.load().dialects()) {
        dialect.contexts().forEach(c -> names.addAll(c.keyNames()));
      }
      return Set.copyOf(names);
    }
  }

  /** {@code 'kill_timeout'} for a known key name, {@code the key} for any other. */
  static String shown(String name) {
    return Known.NAMES.contains(name) ? "key '" + name + "'" : "the key";
  }
}
