package dev.distlint.syntax.envsh;

import dev.distlint.base.TextRange;
import java.util.List;

/**
 * A simple command other than an assignment or {@code export}: {@code exec ...},
 * {@code eval "..."}, {@code [ -z "$X" ]}. Kept so that rules can see what the script runs
 * (for instance a migration before {@code start}).
 *
 * @param name the command word, unquoted
 * @param words every word, unquoted, the command word first
 * @param range from the first word to the last
 * @param condition the enclosing conditions as text, or null (see {@link EnvAssignment})
 * @param guards the enclosing conditions, outermost first
 */
public record EnvCommand(String name, List<String> words, TextRange range, String condition,
    List<Guard> guards) {
  public EnvCommand {
    words = List.copyOf(words);
    guards = List.copyOf(guards);
  }

  /** Whether a normal {@code start} runs this command, as far as the script shows. */
  public boolean appliesToStart() {
    for (Guard g : guards) {
      if (!g.allowsStart()) {
        return false;
      }
    }
    return true;
  }
}
