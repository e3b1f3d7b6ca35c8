package dev.distlint.syntax.envsh;

import java.util.List;

/** Reads one simple command: assignments, {@code export}, {@code :}, {@code set -a}, others. */
final class CommandReader {
  private final EnvShParser parser;
  private final ScriptFacts facts;
  private final AssignmentReader reader;

  CommandReader(EnvShParser parser) {
    this.parser = parser;
    this.facts = parser.facts();
    this.reader = parser.reader();
  }

  void read(List<ShellToken> words) {
    if (words.isEmpty()) {
      return;
    }
    int k = 0;
    while (k < words.size() && reader.isAssignment(words.get(k))) {
      k++;
    }
    List<Guard> guards = parser.guards();
    String condition = parser.condition();
    if (k == words.size()) {
      for (ShellToken w : words) {
        facts.addAssignment(reader.fromWord(w, false, guards, condition));
      }
      return;
    }
    List<ShellToken> command = words.subList(k, words.size());
    switch (command.get(0).text()) {
      case "export": case "readonly": case "local": case "declare": case "typeset":
        declaration(command, guards, condition);
        break;
      case ":":
        defaults(command, guards, condition);
        break;
      case "set":
        setOptions(command);
        facts.addCommand(command, condition, guards);
        break;
      default:
        facts.addCommand(command, condition, guards);
    }
  }

  private void declaration(List<ShellToken> command, List<Guard> guards, String condition) {
    String verb = command.get(0).text();
    boolean exports = verb.equals("export");
    boolean unexport = false;
    for (ShellToken w : command.subList(1, command.size())) {
      String t = w.text();
      if (t.startsWith("-") || t.startsWith("+")) {
        exports |= !verb.equals("export") && t.startsWith("-") && t.contains("x");
        unexport |= verb.equals("export") && t.contains("n");
      } else if (reader.isAssignment(w)) {
        facts.addAssignment(reader.fromWord(w, exports && !unexport, guards, condition));
        if (exports && !unexport) {
          facts.markExported(t.substring(0, t.indexOf('=')));
        }
      } else if (exports && !unexport && AssignmentReader.isName(t)) {
        facts.markExported(t);
      }
    }
  }

  private void defaults(List<ShellToken> command, List<Guard> guards, String condition) {
    for (ShellToken w : command.subList(1, command.size())) {
      if (w.kind() != ShellToken.Kind.WORD) {
        continue;
      }
      for (Expansion e : w.word().expansions()) {
        if (":=".equals(e.operator()) || "=".equals(e.operator())) {
          facts.addAssignment(reader.fromDefault(e, w.word().expansions(), guards, condition));
        }
      }
    }
  }

  private void setOptions(List<ShellToken> command) {
    for (int i = 1; i < command.size(); i++) {
      String t = command.get(i).text();
      if (t.equals("-o") || t.equals("+o")) {
        if (i + 1 < command.size() && command.get(i + 1).text().equals("allexport")) {
          facts.setAllExport(t.equals("-o"));
        }
      } else if (t.length() > 1 && t.charAt(0) == '-' && t.indexOf('a') > 0) {
        facts.setAllExport(true);
      } else if (t.length() > 1 && t.charAt(0) == '+' && t.indexOf('a') > 0) {
        facts.setAllExport(false);
      }
    }
  }
}
