package dev.distlint.lint;

import dev.distlint.documents.LineIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppression comments in any file kind that uses {@code #} comments:
 * {@code # distlint:disable-next-line <id>[, <id>...]} silences those rules on the next
 * non-blank line, {@code # distlint:disable-file <id>...} in the whole file. Without ids, all rules.
 */
public final class Suppressions {
  private static final Pattern MARK = Pattern.compile(
      "#\\s*distlint:(disable-next-line|disable-file)\\b([ \\t]+[A-Za-z0-9_, \\t-]*)?");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");
  private static final String ALL = "*";

  private final Set<String> fileWide = new HashSet<>();
  private final Map<Integer, Set<String>> byLine = new HashMap<>();

  private Suppressions() {
  }

  public static Suppressions scan(String text, LineIndex lines) {
    Suppressions s = new Suppressions();
    if (text.indexOf("distlint:") < 0) {
      return s;
    }
    Matcher m = MARK.matcher(text);
    while (m.find()) {
      Set<String> ids = ids(m.group(2));
      if (m.group(1).equals("disable-file")) {
        s.fileWide.addAll(ids);
      } else {
        int line = nextCodeLine(text, lines, lines.lineOf(m.start()) + 1);
        s.byLine.computeIfAbsent(line, k -> new HashSet<>()).addAll(ids);
      }
    }
    return s;
  }

  /** Where suppression comments name rule ids, in text order. */
  public static List<TextRange> idRanges(String text) {
    List<TextRange> out = new ArrayList<>();
    if (text.indexOf("distlint:") < 0) {
      return out;
    }
    Matcher m = MARK.matcher(text);
    while (m.find()) {
      if (m.group(2) == null) {
        continue;
      }
      Matcher id = ID.matcher(m.group(2));
      while (id.find()) {
        out.add(new TextRange(m.start(2) + id.start(), m.start(2) + id.end()));
      }
    }
    return out;
  }

  private static Set<String> ids(String group) {
    Set<String> ids = new HashSet<>();
    if (group != null) {
      for (String id : group.split("[,\\s]+")) {
        if (!id.isBlank()) {
          ids.add(id.trim());
        }
      }
    }
    if (ids.isEmpty()) {
      ids.add(ALL);
    }
    return ids;
  }

  private static int nextCodeLine(String text, LineIndex lines, int line) {
    int l = line;
    while (l < lines.lineCount()) {
      String content = text.substring(lines.lineStart(l), lines.lineContentEnd(l)).strip();
      if (!content.isEmpty() && !MARK.matcher(content).lookingAt()) {
        return l;
      }
      l++;
    }
    return line;
  }

  public boolean suppressed(String ruleId, int line) {
    if (fileWide.contains(ALL) || fileWide.contains(ruleId)) {
      return true;
    }
    Set<String> ids = byLine.get(line);
    return ids != null && (ids.contains(ALL) || ids.contains(ruleId));
  }
}
