package dev.distlint.syntax.envsh;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.vmargs.VmArgsFile;
import dev.distlint.syntax.vmargs.VmArgsParser;
import java.util.ArrayList;
import java.util.List;

/** Turns assignment words and {@code ${NAME:=default}} expansions into {@link EnvAssignment}s. */
final class AssignmentReader {
  private final String text;

  AssignmentReader(String text) {
    this.text = text;
  }

  /** Whether the word is {@code NAME=...} with an unquoted, valid name. */
  boolean isAssignment(ShellToken t) {
    if (t.kind() != ShellToken.Kind.WORD) {
      return false;
    }
    int eq = t.text().indexOf('=');
    if (eq <= 0 || !isName(t.text().substring(0, eq))) {
      return false;
    }
    return text.startsWith(t.text().substring(0, eq + 1), t.range().start());
  }

  static boolean isName(String s) {
    if (s.isEmpty() || !WordScanner.isNameStart(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (!WordScanner.isNameChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  EnvAssignment fromWord(ShellToken t, boolean exported, List<Guard> guards, String condition) {
    ShellWord w = t.word();
    int eq = t.text().indexOf('=');
    String name = t.text().substring(0, eq);
    int start = w.range().start();
    int valueStart = start + eq + 1;
    int valueEnd = w.range().end();
    TextRange valueRange = TextRange.of(valueStart, valueEnd);
    if (w.quotes().size() == 1) {
      ShellWord.QuoteSpan q = w.quotes().get(0);
      if (q.open() == valueStart && q.end() == valueEnd) {
        valueRange = TextRange.of(q.open() + 1, q.innerEnd());
      }
    }
    return build(name, TextRange.of(start, start + eq), t.text().substring(eq + 1), valueRange,
        exported, within(w.expansions(), valueStart, valueEnd), guards, condition);
  }

  /** {@code ${NAME:=default}} or {@code ${NAME=default}}: a default, guarded as such. */
  EnvAssignment fromDefault(Expansion e, List<Expansion> all, List<Guard> guards,
      String condition) {
    String name = e.variable();
    int nameStart = e.range().start() + 2;
    if (name == null || e.argument() == null || !text.startsWith(name, nameStart)) {
      return null;
    }
    boolean closed = text.charAt(e.range().end() - 1) == '}';
    int argEnd = closed ? e.range().end() - 1 : e.range().end();
    int argStart = argEnd - e.argument().length();
    String value = e.argument();
    TextRange valueRange = TextRange.of(argStart, argEnd);
    if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
        && value.charAt(value.length() - 1) == value.charAt(0)) {
      value = value.substring(1, value.length() - 1);
      valueRange = TextRange.of(argStart + 1, argEnd - 1);
    }
    List<Guard> withDefault = new ArrayList<>(guards);
    String when = e.operator().startsWith(":") ? " is unset or empty" : " is unset";
    Guard unset = new Guard(Guard.Kind.DEFAULT, name + when, null, List.of());
    withDefault.add(unset);
    return build(name, TextRange.of(nameStart, nameStart + name.length()), value, valueRange,
        false, within(all, argStart, argEnd), withDefault,
        condition == null ? unset.text() : condition + " && " + unset.text());
  }

  private EnvAssignment build(String name, TextRange nameRange, String value,
      TextRange valueRange, boolean exported, List<Expansion> expansions, List<Guard> guards,
      String condition) {
    VmArgsFile flags = EnvAssignment.FLAG_VARIABLES.contains(name)
        ? VmArgsParser.parseFlags(text, valueRange) : VmArgsFile.EMPTY;
    return new EnvAssignment(name, nameRange, value, valueRange, exported, condition,
        expansions, guards, flags);
  }

  private static List<Expansion> within(List<Expansion> expansions, int start, int end) {
    List<Expansion> out = new ArrayList<>();
    for (Expansion e : expansions) {
      if (e.range().start() >= start && e.range().end() <= end) {
        out.add(e);
      }
    }
    return out;
  }

  /** The same assignment, marked exported. */
  static EnvAssignment exported(EnvAssignment a) {
    return a.exported() ? a : new EnvAssignment(a.name(), a.nameRange(), a.rawValue(),
        a.valueRange(), true, a.condition(), a.expansions(), a.guards(), a.flags());
  }
}
