package dev.distlint.syntax.docker;

import dev.distlint.base.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code ENV} instructions of a Dockerfile: each variable with its value as the image holds
 * it (quotes removed, {@code $VAR} left as written) and the ranges of name and value. Both forms
 * are read: {@code ENV NAME=value OTHER="two words"} and the older {@code ENV NAME value}.
 * Continuation lines ({@code \} at the end) are joined. Never throws.
 */
public record DockerfileEnv(List<Entry> entries) {
  /** One variable set by an ENV instruction. */
  public record Entry(String name, TextRange nameRange, String value, TextRange valueRange) {
    /** True when the value refers to another variable, so it is not a literal. */
    public boolean isReference() {
      return value.contains("$");
    }
  }

  public static final DockerfileEnv EMPTY = new DockerfileEnv(List.of());

  public DockerfileEnv {
    entries = List.copyOf(entries);
  }

  /** The last value the image gets for {@code name}. */
  public Optional<Entry> last(String name) {
    Entry found = null;
    for (Entry e : entries) {
      if (e.name().equals(name)) {
        found = e;
      }
    }
    return Optional.ofNullable(found);
  }

  public static DockerfileEnv parse(String text) {
    List<Entry> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int end = instructionEnd(text, i);
      readInstruction(text, i, end, out);
      i = end + 1;
    }
    return new DockerfileEnv(out);
  }

  /** The end of the instruction starting at {@code start}, following {@code \} continuations. */
  private static int instructionEnd(String text, int start) {
    int i = start;
    while (true) {
      int nl = text.indexOf('\n', i);
      if (nl < 0) {
        return text.length();
      }
      int last = nl - 1;
      while (last >= i && (text.charAt(last) == '\r' || text.charAt(last) == ' ')) {
        last--;
      }
      if (last < i || text.charAt(last) != '\\') {
        return nl;
      }
      i = nl + 1;
    }
  }

  private static void readInstruction(String text, int start, int end, List<Entry> out) {
    int i = skipBlanks(text, start, end);
    if (i + 4 > end || !text.regionMatches(true, i, "ENV", 0, 3)
        || !Character.isWhitespace(text.charAt(i + 3))) {
      return;
    }
    i = skipBlanks(text, i + 3, end);
    int nameEnd = i;
    while (nameEnd < end && isNameChar(text.charAt(nameEnd))) {
      nameEnd++;
    }
    if (nameEnd == i) {
      return;
    }
    if (nameEnd < end && text.charAt(nameEnd) == '=') {
      readPairs(text, i, end, out);
    } else {
      int v = skipBlanks(text, nameEnd, end);
      int vEnd = trimEnd(text, v, end);
      out.add(new Entry(text.substring(i, nameEnd), TextRange.of(i, nameEnd),
          unquote(text.substring(v, vEnd)), TextRange.of(v, vEnd)));
    }
  }

  private static void readPairs(String text, int start, int end, List<Entry> out) {
    int i = start;
    while (i < end) {
      i = skipBlanks(text, i, end);
      int nameEnd = i;
      while (nameEnd < end && isNameChar(text.charAt(nameEnd))) {
        nameEnd++;
      }
      if (nameEnd == i || nameEnd >= end || text.charAt(nameEnd) != '=') {
        return;
      }
      int v = nameEnd + 1;
      int vEnd = valueEnd(text, v, end);
      out.add(new Entry(text.substring(i, nameEnd), TextRange.of(i, nameEnd),
          unquote(text.substring(v, vEnd)), TextRange.of(v, vEnd)));
      i = vEnd;
    }
  }

  private static int valueEnd(String text, int start, int end) {
    int i = start;
    char quote = 0;
    while (i < end) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\' && i + 1 < end) {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (Character.isWhitespace(c) || c == '\\' && i + 1 < end
          && Character.isWhitespace(text.charAt(i + 1))) {
        return i;
      }
      i++;
    }
    return end;
  }

  private static String unquote(String v) {
    String t = v.trim();
    if (t.length() >= 2 && (t.charAt(0) == '"' || t.charAt(0) == '\'')
        && t.charAt(t.length() - 1) == t.charAt(0)) {
      return t.substring(1, t.length() - 1);
    }
    return t;
  }

  private static int skipBlanks(String text, int i, int end) {
    while (i < end && (Character.isWhitespace(text.charAt(i))
        || text.charAt(i) == '\\' && i + 1 < end && Character.isWhitespace(text.charAt(i + 1)))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int start, int end) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
