package dev.distlint.lint;

import dev.distlint.base.FileKind;
import dev.distlint.base.Finding;
import dev.distlint.base.Log;
import dev.distlint.catalogue.RuleDoc;
import dev.distlint.catalogue.RuleDocs;
import dev.distlint.documents.ParsedFile;
import dev.distlint.settings.RuleSetting;
import dev.distlint.settings.Settings;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Runs the enabled rules over one target file and returns its findings, with settings applied
 * (enablement, severity overrides, parameters) and suppression comments honoured. A rule runs
 * only on the file kinds its doc names ({@code kinds:}). A rule that throws is logged and
 * skipped: one broken rule never hides the others' findings.
 */
public final class Linter {
  /** A rule with what its doc declares, read once. */
  private record Entry(Rule rule, RuleDoc doc, Set<FileKind> kinds) {
  }

  /** The findings of one file and, per rule that ran, the workspace facts it read. */
  public record Result(List<Finding> findings, Map<String, Map<Object, Workspace.Read>> reads) {
  }

  private final List<Rule> rules;
  private final List<Entry> entries;

  public Linter(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    List<Entry> e = new ArrayList<>();
    for (Rule r : this.rules) {
      RuleDoc doc = RuleDocs.get(r.id());
      e.add(new Entry(r, doc, doc.fileKinds()));
    }
    this.entries = List.copyOf(e);
  }

  private static List<Finding> run(Entry entry, Workspace ws, ParsedFile file, Settings settings,
      BooleanSupplier cancelled, Map<String, Map<Object, Workspace.Read>> reads) {
    Rule rule = entry.rule();
    RuleSetting rs = settings.rule(rule.id());
    if (!entry.kinds().contains(file.kind()) || Boolean.FALSE.equals(rs.enabled())
        || cancelled.getAsBoolean()) {
      return List.of();
    }
    List<Finding> found = new ArrayList<>();
    RuleContext ctx = new RuleContext(rule, file, ws, new RuleParams(rs.params(), entry.doc().params()),
        entry.doc().severity(), found::add);
    try {
      reads.put(rule.id(), Workspace.recordingReads(() -> rule.check(ctx)));
    } catch (RuntimeException | StackOverflowError e) {
      Log.error("rule " + rule.id() + " failed on " + file.path(), e);
      return List.of();
    }
    if (rs.severity() != null) {
      found.replaceAll(f -> f.withSeverity(rs.severity()));
    }
    return found;
  }

  public List<Rule> rules() {
    return rules;
  }

  public List<Finding> check(Workspace ws, ParsedFile file, Settings settings) {
    return check(ws, file, settings, () -> false);
  }

  /**
   * As {@link #check(Workspace, ParsedFile, Settings)}, stopping early when cancelled. Rules are
   * independent and views are memoised thread-safely, so they run in parallel; the result is
   * sorted, hence the same whatever the scheduling.
   */
  public List<Finding> check(Workspace ws, ParsedFile file, Settings settings,
      BooleanSupplier cancelled) {
    return checkTracked(ws, file, settings, cancelled).findings();
  }

  /** As {@link #check}, also returning the facts each rule read (for incremental re-checks). */
  public Result checkTracked(Workspace ws, ParsedFile file, Settings settings,
      BooleanSupplier cancelled) {
    return checkTracked(ws, file, settings, cancelled, true);
  }

  /**
   * Checks many files of one workspace, the files in parallel and each file's rules in turn (one
   * level of parallelism, which suits thousands of small files better than parallel rules).
   * Findings come out in file order, each file's sorted, whatever the scheduling.
   */
  public List<Finding> checkAll(Workspace ws, List<ParsedFile> files, Settings settings) {
    return files.parallelStream()
        .map(f -> checkTracked(ws, f, settings, () -> false, false).findings())
        .flatMap(List::stream)
        .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
  }

  private Result checkTracked(Workspace ws, ParsedFile file, Settings settings,
      BooleanSupplier cancelled, boolean parallelRules) {
    Map<String, Map<Object, Workspace.Read>> reads = new ConcurrentHashMap<>();
    List<Finding> out = (parallelRules ? entries.parallelStream() : entries.stream())
        .flatMap(e -> run(e, ws, file, settings, cancelled, reads).stream())
        .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    if (cancelled.getAsBoolean()) {
      return new Result(List.of(), Map.of());
    }
    Suppressions sup = Suppressions.scan(file.text(), file.lines());
    out.removeIf(f -> sup.suppressed(f.ruleId(), file.lines().lineOf(f.range().start())));
    out.sort(Comparator.comparing(Finding::range).thenComparing(Finding::ruleId));
    return new Result(out, Map.copyOf(reads));
  }
}
