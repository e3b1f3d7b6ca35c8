package dev.distlint.syntax.elixir.view;

import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExNode;
import java.util.Set;

/** Recognises reads of OS environment variables whose result may be nil. */
final class EnvDefaults {
  private static final Set<String> READS = Set.of("System.get_env");

  private EnvDefaults() {
  }

  static boolean isEnvRead(ExNode n) {
    return n instanceof ExCall c && READS.contains(c.name()) && !c.args().isEmpty();
  }
}
