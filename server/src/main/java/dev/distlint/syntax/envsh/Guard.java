package dev.distlint.syntax.envsh;

import java.util.List;

/**
 * One condition an assignment sits under: an {@code if} branch, a {@code case} branch, a loop, a
 * function body, a subshell, the left side of {@code &&}, or the "only when unset" of
 * {@code : ${NAME:=default}}. Release scripts often set variables only for some commands
 * ({@code case $RELEASE_COMMAND in start*) ...}), and a rule must tell that from an
 * unconditional setting.
 *
 * @param kind what construct this is
 * @param text a readable description: {@code case RELEASE_COMMAND: start*|daemon*},
 *     {@code if [ -z "$POD_IP" ]}
 * @param subject for {@code case}: the variable (or word) being matched; otherwise null
 * @param patterns for {@code case}: the branch's patterns; otherwise empty
 */
public record Guard(Kind kind, String text, String subject, List<String> patterns) {

  public enum Kind { IF, ELIF, ELSE, AND_OR, CASE, LOOP, FUNCTION, SUBSHELL, DEFAULT }

  public Guard {
    patterns = List.copyOf(patterns);
  }

  /**
   * Whether a normal {@code start} of the release passes this guard, as far as the script
   * shows. Tests the parser cannot evaluate count as passing; function bodies and subshells do
   * not, because they leave the script's own environment untouched.
   */
  public boolean allowsStart() {
    return allows("start");
  }

  /**
   * Whether running the release script with {@code command} ({@code start}, {@code remote},
   * {@code rpc}...) passes this guard, with the same reading as {@link #allowsStart()}.
   */
  public boolean allows(String command) {
    switch (kind) {
      case FUNCTION:
      case SUBSHELL:
        return false;
      case CASE:
        if (!"RELEASE_COMMAND".equals(subject)) {
          return true;
        }
        for (String p : patterns) {
          if (Glob.matches(p, command)) {
            return true;
          }
        }
        return false;
      default:
        return true;
    }
  }
}
