package dev.distlint.syntax.envsh;

import dev.distlint.base.TextRange;

/**
 * A parameter expansion ({@code $VAR}, {@code ${VAR}}, {@code ${VAR:-x}},
 * {@code ${VAR##*-}}) or a command substitution ({@code $(hostname -f)}, backticks) in a shell
 * word. Rules use these to see where a value comes from: {@code ${POD_IP}} means the node name
 * depends on the pod's address.
 *
 * @param variable the parameter name ({@code POD_IP}, {@code 1}, {@code @}), or null for a command
 * @param command the command text of a substitution ({@code hostname -f}), or null
 * @param operator {@code :-}, {@code :=}, {@code ##}, {@code %}, ..., {@code length} for
 *     {@code ${#VAR}}, or null for a plain reference
 * @param argument the word after the operator as written ({@code *-} in {@code ${REF##*-}}), or null
 * @param range from {@code $} (or the backtick) to the end of the expansion
 */
public record Expansion(String variable, String command, String operator, String argument,
    TextRange range) {

  public boolean isCommand() {
    return command != null;
  }
}
