package dev.distlint.syntax.envsh;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.EexTags;
import dev.distlint.syntax.Lines;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a shell script into words, operators and line breaks, recording comments and EEx
 * tags. Here-document bodies are skipped. When a quote or substitution is still open at the end
 * of the file, the word is cut at the end of its line and every later word is kept within its
 * line: the file is broken anyway, and this keeps the scan linear and the rest of the file
 * readable while the user types.
 */
final class ShellLexer {
  private static final String[] OPERATORS = {
    ";;&", ";;", ";&", ";", "&&", "&", "||", "|", "(", ")", "<<-", "<<", ">>", ">&", "<&", "<>",
    ">|", ">", "<"};

  private final String text;
  private final int length;
  private final EexTags eex;
  private final WordScanner words;
  private boolean broken;

  final List<ShellToken> tokens = new ArrayList<>();
  final List<TextRange> comments = new ArrayList<>();
  final List<TextRange> tags = new ArrayList<>();
  final List<Expansion> expansions = new ArrayList<>();
  private final List<String[]> pendingHeredocs = new ArrayList<>();

  ShellLexer(String text) {
    this.text = text;
    this.length = text.length();
    this.eex = new EexTags(text);
    this.words = new WordScanner(text, eex);
  }

  ShellLexer run() {
    int pos = text.startsWith("\uFEFF") ? 1 : 0;
    while (pos < length) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\f' || c == '\u000B') {
        pos++;
      } else if (c == '\\' && pos + 1 < length && Lines.isBreak(text.charAt(pos + 1))) {
        pos = Lines.skipBreak(text, pos + 1, length);
      } else if (Lines.isBreak(c)) {
        int end = Lines.skipBreak(text, pos, length);
        tokens.add(new ShellToken(ShellToken.Kind.NEWLINE, "\n", TextRange.of(pos, end), null));
        pos = heredocBodies(end);
      } else if (c == '#') {
        int end = Lines.lineEnd(text, pos, length);
        comments.add(TextRange.of(pos, end));
        pos = end;
      } else if (isSkippedTag(pos)) {
        int end = eex.end(pos, length);
        tags.add(TextRange.of(pos, end));
        pos = end;
      } else if (!EexTags.startsAt(text, pos, length) && operatorAt(pos) != null) {
        pos = operator(pos, operatorAt(pos));
      } else {
        pos = word(pos);
      }
    }
    return this;
  }

  /** A tag standing alone that writes no text ({@code <% end %>}) is template logic, not shell. */
  private boolean isSkippedTag(int pos) {
    if (!EexTags.startsAt(text, pos, length)) {
      return false;
    }
    int end = eex.end(pos, length);
    return EexTags.isSilent(text, pos, end)
        && (end >= length || " \t\r\n;".indexOf(text.charAt(end)) >= 0);
  }

  private String operatorAt(int pos) {
    for (String op : OPERATORS) {
      if (text.startsWith(op, pos)) {
        return op;
      }
    }
    return null;
  }

  private int operator(int pos, String op) {
    int end = pos + op.length();
    tokens.add(new ShellToken(ShellToken.Kind.OP, op, TextRange.of(pos, end), null));
    if (op.startsWith("<<")) {
      int w = end;
      while (w < length && (text.charAt(w) == ' ' || text.charAt(w) == '\t')) {
        w++;
      }
      if (w < length && !WordScanner.isMeta(text.charAt(w))) {
        int wordEnd = word(w);
        String delimiter = tokens.get(tokens.size() - 1).text();
        pendingHeredocs.add(new String[] {delimiter, op.equals("<<-") ? "-" : ""});
        return wordEnd;
      }
    }
    return end;
  }

  private int word(int start) {
    int limit = broken ? Math.max(start + 1, Lines.lineEnd(text, start, length)) : length;
    List<TextRange> found = new ArrayList<>();
    ShellWord w = words.scan(start, limit, found);
    if (words.unterminated && !broken) {
      broken = true;
      found.clear();
      w = words.scan(start, Math.max(start + 1, Lines.lineEnd(text, start, length)), found);
    }
    tags.addAll(found);
    expansions.addAll(w.expansions());
    tokens.add(new ShellToken(ShellToken.Kind.WORD, w.unquoted(), w.range(), w));
    return w.range().end();
  }

  /** Skips the bodies of here-documents whose operator was on the line just ended. */
  private int heredocBodies(int pos) {
    for (String[] doc : pendingHeredocs) {
      while (pos < length) {
        int end = Lines.lineEnd(text, pos, length);
        String line = text.substring(pos, end);
        if (doc[1].equals("-")) {
          line = line.replaceFirst("^\t+", "");
        }
        pos = Lines.skipBreak(text, end, length);
        if (line.equals(doc[0])) {
          break;
        }
      }
    }
    pendingHeredocs.clear();
    return pos;
  }
}
