package dev.distlint.syntax.envsh;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.vmargs.VmArgsFile;
import java.util.List;
import java.util.Set;

/**
 * One assignment in a release env script: {@code export NAME=value}, {@code NAME=value} or
 * {@code : ${NAME:=default}}.
 *
 * @param name the variable name
 * @param nameRange the name as written
 * @param rawValue the value as written, with quotes, line continuations and backslash escapes
 *     removed; expansions and EEx tags stay as written ({@code ${POD_IP}}, {@code <%= @release.name %>})
 * @param valueRange the value: inside the quotes when the whole value is one quoted string
 * @param exported whether the variable reaches the VM: written with {@code export}, exported by a
 *     separate {@code export NAME}, or set while {@code set -a} is on
 * @param condition the enclosing conditions as text, joined with {@code " && "}, such as
 *     {@code case RELEASE_COMMAND: start*|daemon*}; null when unconditional
 * @param expansions the expansions in the value, in order
 * @param guards the enclosing conditions, outermost first
 * @param flags the value read as VM flags, for {@link #FLAG_VARIABLES}; empty for others
 */
public record EnvAssignment(String name, TextRange nameRange, String rawValue,
    TextRange valueRange, boolean exported, String condition, List<Expansion> expansions,
    List<Guard> guards, VmArgsFile flags) {

  /** Variables whose value the VM reads as extra command-line flags. */
  public static final Set<String> FLAG_VARIABLES =
      Set.of("ERL_AFLAGS", "ERL_ZFLAGS", "ERL_FLAGS", "ELIXIR_ERL_OPTIONS");

  public EnvAssignment {
    expansions = List.copyOf(expansions);
    guards = List.copyOf(guards);
    flags = flags == null ? VmArgsFile.EMPTY : flags;
  }

  public boolean isConditional() {
    return !guards.isEmpty();
  }

  /** Whether this only sets a default ({@code : ${NAME:=default}}). */
  public boolean isDefault() {
    for (Guard g : guards) {
      if (g.kind() == Guard.Kind.DEFAULT) {
        return true;
      }
    }
    return false;
  }

  /** Whether a normal {@code start} runs this assignment, as far as the script shows. */
  public boolean appliesToStart() {
    for (Guard g : guards) {
      if (!g.allowsStart()) {
        return false;
      }
    }
    return true;
  }

  /** Whether running the release script with {@code command} runs this assignment. */
  public boolean appliesTo(String command) {
    for (Guard g : guards) {
      if (!g.allows(command)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the value refers to this variable ({@code $POD_IP}, {@code ${POD_IP}}, ...). */
  public boolean references(String variable) {
    for (Expansion e : expansions) {
      if (variable.equals(e.variable())) {
        return true;
      }
    }
    return false;
  }

  /** From the name to the end of the value. */
  public TextRange range() {
    return nameRange.union(valueRange);
  }
}
