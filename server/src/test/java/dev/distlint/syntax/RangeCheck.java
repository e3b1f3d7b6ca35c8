package dev.distlint.syntax;

import static org.junit.jupiter.api.Assertions.fail;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.envsh.EnvAssignment;
import dev.distlint.syntax.envsh.EnvCommand;
import dev.distlint.syntax.envsh.EnvShFile;
import dev.distlint.syntax.envsh.Expansion;
import dev.distlint.syntax.toml.TomlArray;
import dev.distlint.syntax.toml.TomlDocument;
import dev.distlint.syntax.toml.TomlEntry;
import dev.distlint.syntax.toml.TomlError;
import dev.distlint.syntax.toml.TomlTable;
import dev.distlint.syntax.toml.TomlValue;
import dev.distlint.syntax.vmargs.AppParam;
import dev.distlint.syntax.vmargs.Token;
import dev.distlint.syntax.vmargs.VmArgsFile;
import dev.distlint.syntax.vmargs.VmFlag;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Collects every range a front end produced and checks that each lies inside the text and
 * splits neither a surrogate pair nor a CRLF.
 */
final class RangeCheck {
  private RangeCheck() {}

  static void vmArgs(String text, VmArgsFile f) {
    List<TextRange> all = new ArrayList<>(f.comments());
    all.addAll(f.eexTags());
    for (VmFlag flag : f.flags()) {
      all.add(flag.nameRange());
      flag.args().forEach(t -> all.add(t.range()));
    }
    for (AppParam p : f.params()) {
      all.add(p.range());
    }
    f.strays().stream().map(Token::range).forEach(all::add);
    check(text, all);
  }

  static void envSh(String text, EnvShFile f) {
    List<TextRange> all = new ArrayList<>(f.comments());
    all.addAll(f.eexTags());
    f.expansions().stream().map(Expansion::range).forEach(all::add);
    f.commands().stream().map(EnvCommand::range).forEach(all::add);
    for (EnvAssignment a : f.assignments()) {
      all.add(a.nameRange());
      all.add(a.valueRange());
      a.expansions().forEach(e -> all.add(e.range()));
      vmArgs(text, a.flags());
    }
    check(text, all);
  }

  static void toml(String text, TomlDocument doc) {
    List<TextRange> all = new ArrayList<>(doc.comments());
    doc.errors().stream().map(TomlError::range).forEach(all::add);
    Deque<TomlValue> todo = new ArrayDeque<>();
    todo.push(doc.root());
    while (!todo.isEmpty()) {
      TomlValue v = todo.pop();
      all.add(v.range());
      if (v instanceof TomlTable t) {
        for (TomlEntry e : t.entries()) {
          all.add(e.keyRange());
          todo.push(e.value());
        }
        if (t.headerRange() != null) {
          all.add(t.headerRange());
        }
      } else if (v instanceof TomlArray a) {
        a.items().forEach(todo::push);
      }
    }
    check(text, all);
  }

  private static void check(String text, List<TextRange> ranges) {
    for (TextRange r : ranges) {
      if (r.end() > text.length()) {
        fail("range " + r + " is outside a text of " + text.length() + " chars");
      }
      if (splits(text, r.start()) || splits(text, r.end())) {
        fail("range " + r + " splits a surrogate pair or CRLF in " + text);
      }
    }
  }

  private static boolean splits(String text, int offset) {
    if (offset <= 0 || offset >= text.length()) {
      return false;
    }
    char before = text.charAt(offset - 1);
    char after = text.charAt(offset);
    return (Character.isHighSurrogate(before) && Character.isLowSurrogate(after))
        || (before == '\r' && after == '\n');
  }
}
