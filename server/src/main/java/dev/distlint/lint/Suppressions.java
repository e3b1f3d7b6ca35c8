package dev.distlint.lint;

import dev.distlint.base.TextRange;
import dev.distlint.base.LineIndex;
import dev.distlint.base.LineIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import dev.distlint.base.LineIndex;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suppressions of one file: comments in any file kind that uses {@code #} comments, and
 * entries other front ends contribute (Kubernetes annotations).
 *
 * <pre>
 * # distlint:disable-next-line RULE[, RULE...] [until=YYYY-MM-DD] [-- reason]
 * # distlint:disable-line RULE ...          (at the end of the line it silences)
 * # distlint:disable-file RULE ...          (the whole file)
 * </pre>
 *
 * Without ids a comment silences every rule. A suppression whose {@code until} date has passed
 * silences nothing. Which entries silenced a finding is recorded, so unused ones can be reported.
 */
public final class Suppressions {
  private static final Pattern MARK = Pattern.compile(
      "#\\s*distlint:(disable-next-line|disable-line|disable-file)\\b([^\\r\\n]*)");
  private static final Pattern TOKEN = Pattern.compile("[^,\\s]+");

  private final List<Entry> entries;
  private final LocalDate today;
  private final Set<Use> used = ConcurrentHashMap.newKeySet();

  /** Where a suppression applies. */
  public enum Scope { LINE, FILE, RANGE }

  /** One rule id written in a suppression, with where it is written. */
  public record Id(String id, TextRange range) {
  }

  /**
   * One suppression.
   *
   * @param ids the rules it names; empty means every rule
   * @param line the line it silences (scope LINE)
   * @param target the text it silences (scope RANGE)
   * @param range where the suppression is written
   * @param reason the text after {@code --} (or an annotation's value); null when none
   * @param until the expiry date, null when none; {@code untilRange} where it is written
   * @param foreign written for another tool (kube-linter, Polaris): never reported as unused
   */
  public record Entry(Scope scope, List<Id> ids, int line, TextRange target, TextRange range,
      String reason, LocalDate until, TextRange untilRange, String badUntil, boolean foreign) {

    public boolean all() {
      return ids.isEmpty();
    }
  }

  private record Use(Entry entry, String id) {
  }

  private Suppressions(List<Entry> entries, LocalDate today) {
    this.entries = List.copyOf(entries);
    this.today = today;
  }

  /** The comment suppressions of {@code text} plus {@code extra} entries, judged on {@code today}. */
  public static Suppressions scan(String text, LineIndex lines, List<Entry> extra,
      LocalDate today) {
    List<Entry> out = new ArrayList<>();
    if (text.indexOf("distlint:") >= 0) {
      Matcher m = MARK.matcher(text);
      while (m.find()) {
        out.add(comment(text, lines, m));
      }
    }
    out.addAll(extra);
    return new Suppressions(out, today);
  }

  private static Entry comment(String text, LineIndex lines, Matcher m) {
    String kind = m.group(1);
    String rest = m.group(2);
    int restStart = m.start(2);
    String reason = null;
    int hash = rest.indexOf('#');
    int dash = rest.indexOf("--");
    if (hash >= 0 && (dash < 0 || hash < dash)) {
      rest = rest.substring(0, hash); // another comment follows on the line
    } else if (dash >= 0) {
      reason = rest.substring(dash + 2).strip();
      rest = rest.substring(0, dash);
    }
    List<Id> ids = new ArrayList<>();
    LocalDate until = null;
    TextRange untilRange = null;
    String badUntil = null;
    Matcher t = TOKEN.matcher(rest);
    while (t.find()) {
      TextRange r = new TextRange(restStart + t.start(), restStart + t.end());
      String tok = t.group();
      if (tok.startsWith("until=")) {
        untilRange = r;
        try {
          until = LocalDate.parse(tok.substring(6));
        } catch (DateTimeParseException e) {
          badUntil = tok.substring(6);
        }
      } else {
        ids.add(new Id(tok, r));
      }
    }
    int commentLine = lines.lineOf(m.start());
    Scope scope = kind.equals("disable-file") ? Scope.FILE : Scope.LINE;
    int line = kind.equals("disable-next-line") ? nextCodeLine(text, lines, commentLine + 1)
        : commentLine;
    return new Entry(scope, List.copyOf(ids), line, null, new TextRange(m.start(), m.end()),
        reason == null || reason.isEmpty() ? null : reason, until, untilRange, badUntil, false);
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

  /** Where suppression comments name rule ids, in text order (for links to the rule docs). */
  public static List<TextRange> idRanges(String text) {
    List<TextRange> out = new ArrayList<>();
    if (text.indexOf("distlint:") < 0) {
      return out;
    }
    for (Entry e : scan(text, new LineIndex(text), List.of(), LocalDate.MIN).entries()) {
      e.ids().forEach(id -> out.add(id.range()));
    }
    return out;
  }

  public List<Entry> entries() {
    return entries;
  }

  /** True when the entry has an expiry date that has passed. */
  public boolean expired(Entry e) {
    return e.until() != null && e.until().isBefore(today);
  }

  /**
   * Whether a finding of {@code ruleId} at {@code offset} (on {@code line}) is silenced; with
   * {@code byAll} false only suppressions naming the rule count (a finding about a suppression is
   * not silenced by that suppression itself).
   */
  public boolean suppressed(String ruleId, int line, int offset, boolean byAll) {
    boolean hit = false;
    for (Entry e : entries) {
      if (expired(e) || !covers(e, line, offset)) {
        continue;
      }
      if (e.all() && byAll) {
        used.add(new Use(e, null));
        hit = true;
      }
      for (Id id : e.ids()) {
        if (id.id().equals(ruleId)) {
          used.add(new Use(e, ruleId));
          hit = true;
        }
      }
    }
    return hit;
  }

  private static boolean covers(Entry e, int line, int offset) {
    return switch (e.scope()) {
      case FILE -> true;
      case LINE -> e.line() == line;
      case RANGE -> offset >= 0 && e.target().start() <= offset && offset <= e.target().end();
    };
  }

  /** Whether the entry silenced a finding of {@code ruleId} (null: of any rule, for "all"). */
  public boolean used(Entry e, String ruleId) {
    return used.contains(new Use(e, ruleId));
  }
}
