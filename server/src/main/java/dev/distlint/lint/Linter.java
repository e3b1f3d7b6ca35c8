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

  /**
   * The findings of one file (suppressions applied, sorted) and, per rule that ran, its own
   * findings before suppression and the workspace facts it read: what a later check of the same
   * file needs to reuse a rule's result when none of those facts changed.
   */
  public record Result(List<Finding> findings, Map<String, RuleRun> runs) {
    /** The facts each rule read, by rule id. */
    public Map<String, Map<Object, Workspace.Read>> reads() {
      Map<String, Map<Object, Workspace.Read>> out = new java.util.HashMap<>();
      runs.forEach((id, r) -> out.put(id, r.reads()));
      return out;
    }
  }

  /** One rule's findings on one file and the facts it read to produce them. */
  public record RuleRun(List<Finding> findings, Map<Object, Workspace.Read> reads) {
  }

  /** A previous check of a file: reusable when the file and settings are the same objects. */
  public record Previous(Workspace workspace, ParsedFile file, Settings settings, Result result) {
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

  private static RuleRun run(Entry entry, Workspace ws, ParsedFile file, Settings settings,
      BooleanSupplier cancelled) {
    Rule rule = entry.rule();
    RuleSetting rs = settings.rule(rule.id());
    if (!entry.kinds().contains(file.kind()) || Boolean.FALSE.equals(rs.enabled())
        || cancelled.getAsBoolean()) {
      return null;
    }
    List<Finding> found = new ArrayList<>();
    RuleContext ctx = new RuleContext(rule, file, ws,
        new RuleParams(rs.params(), entry.doc().params()), entry.doc().severity(), found::add);
    Map<Object, Workspace.Read> reads;
    try {
      reads = Workspace.recordingReads(() -> rule.check(ctx));
    } catch (RuntimeException | StackOverflowError e) {
      Log.error("rule " + rule.id() + " failed on " + file.path(), e);
      return null;
    }
    if (rs.severity() != null) {
      found.replaceAll(f -> f.withSeverity(rs.severity()));
    }
    return new RuleRun(List.copyOf(found), reads);
  }

  /**
   * The previous run of a rule when it still holds: same file snapshot and settings, and every
   * fact it read has an equal value in {@code ws}. Null when the rule must run again.
   */
  private static RuleRun reusable(Entry entry, Workspace ws, Previous prev) {
    if (prev == null) {
      return null;
    }
    RuleRun old = prev.result().runs().get(entry.rule().id());
    if (old == null) {
      return null;
    }
    for (Workspace.Read r : old.reads().values()) {
      if (!r.sameIn(prev.workspace(), ws)) {
        return null;
      }
    }
    return old;
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

  /**
   * Checks a file again after other files changed, re-running only the rules whose facts
   * changed since {@code prev}; rules whose facts kept their values keep their findings.
   */
  public Result recheck(Workspace ws, ParsedFile file, Settings settings,
      BooleanSupplier cancelled, Previous prev) {
    boolean usable = prev != null && prev.file() == file && prev.settings() == settings;
    return run(ws, file, settings, cancelled, true, usable ? prev : null);
  }

  private Result checkTracked(Workspace ws, ParsedFile file, Settings settings,
      BooleanSupplier cancelled, boolean parallelRules) {
    return run(ws, file, settings, cancelled, parallelRules, null);
  }

  private Result run(Workspace ws, ParsedFile file, Settings settings, BooleanSupplier cancelled,
      boolean parallelRules, Previous prev) {
    Map<String, RuleRun> runs = new ConcurrentHashMap<>();
    (parallelRules ? entries.parallelStream() : entries.stream()).forEach(e -> {
      RuleRun r = reusable(e, ws, prev);
      if (r == null) {
        r = run(e, ws, file, settings, cancelled);
      }
      if (r != null) {
        runs.put(e.rule().id(), r);
      }
    });
    if (cancelled.getAsBoolean()) {
      return new Result(List.of(), Map.of());
    }
    List<Finding> out = new ArrayList<>();
    runs.values().forEach(r -> out.addAll(r.findings()));
    Suppressions sup = Suppressions.scan(file.text(), file.lines());
    out.removeIf(f -> sup.suppressed(f.ruleId(), file.lines().lineOf(f.range().start())));
    out.sort(Comparator.comparing(Finding::range).thenComparing(Finding::ruleId));
    return new Result(out, Map.copyOf(runs));
  }
}
