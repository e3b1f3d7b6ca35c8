package dev.distlint.syntax.envsh;

import dev.distlint.base.TextRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the parser learns about a script: assignments, commands, and which variables end up
 * exported (by {@code export NAME} anywhere, or while {@code set -a} is on).
 */
final class ScriptFacts {
  private final List<EnvAssignment> assignments = new ArrayList<>();
  private final List<Boolean> underAllExport = new ArrayList<>();
  private final List<EnvCommand> commands = new ArrayList<>();
  private final Set<String> exportedNames = new HashSet<>();
  private boolean allExport;

  void addAssignment(EnvAssignment a) {
    if (a != null) {
      assignments.add(a);
      underAllExport.add(allExport);
    }
  }

  void addCommand(List<ShellToken> words, String condition, List<Guard> guards) {
    List<String> texts = new ArrayList<>();
    for (ShellToken w : words) {
      texts.add(w.text());
    }
    TextRange range = words.get(0).range().union(words.get(words.size() - 1).range());
    commands.add(new EnvCommand(texts.get(0), texts, range, condition, guards));
  }

  void markExported(String name) {
    exportedNames.add(name);
  }

  void setAllExport(boolean on) {
    allExport = on;
  }

  List<EnvCommand> commands() {
    return commands;
  }

  /** The assignments, with the export attribute settled. */
  List<EnvAssignment> assignments() {
    List<EnvAssignment> out = new ArrayList<>(assignments.size());
    for (int k = 0; k < assignments.size(); k++) {
      EnvAssignment a = assignments.get(k);
      boolean exported = underAllExport.get(k) || exportedNames.contains(a.name());
      out.add(exported ? AssignmentReader.exported(a) : a);
    }
    return out;
  }
}
