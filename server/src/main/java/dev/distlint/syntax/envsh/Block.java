package dev.distlint.syntax.envsh;

import java.util.ArrayList;
import java.util.List;

/**
 * An open block of the script ({@code if}, {@code case}, loop, braces, function, subshell) and
 * the conditions that hold inside it. Each block keeps the full list of conditions from the
 * outermost block down, computed once when it changes, so every command inside shares it.
 */
final class Block {
  enum Kind { IF, CASE, LOOP, BRACE, FUNCTION, SUBSHELL }

  enum Phase { COND, BODY, PATTERNS }

  final Kind kind;
  Phase phase;
  int condStart;
  String keyword;
  String firstCondition;
  String subject;
  Guard guard;

  Block parent;
  List<Guard> chain = List.of();
  String condition;

  Block(Kind kind, Phase phase, Guard guard) {
    this.kind = kind;
    this.phase = phase;
    this.guard = guard;
  }

  /** Enters the body under {@code g} (or a phase with no condition of its own when null). */
  void enter(Phase next, Guard g) {
    phase = next;
    guard = g;
    refresh();
  }

  /** Recomputes the conditions from the outermost block down to this one. */
  void refresh() {
    List<Guard> base = parent == null ? List.of() : parent.chain;
    String baseCondition = parent == null ? null : parent.condition;
    if (guard != null && phase == Phase.BODY) {
      List<Guard> c = new ArrayList<>(base);
      c.add(guard);
      chain = List.copyOf(c);
      condition = baseCondition == null ? guard.text() : baseCondition + " && " + guard.text();
    } else {
      chain = base;
      condition = baseCondition;
    }
  }
}
