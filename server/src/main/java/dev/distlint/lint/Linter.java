package dev.distlint.lint;

import dev.distlint.base.FileKind;
import dev.distlint.base.Finding;
import dev.distlint.base.Fix;
import dev.distlint.base.TextRange;
import dev.distlint.base.Log;
import dev.distlint.catalogue.RuleDoc;
import dev.distlint.catalogue.RuleDocs;
import dev.distlint.documents.ParsedFile;
import dev.distlint.facts.helm.HelmCharts;
import dev.distlint.facts.helm.HelmFindings;
import dev.distlint.facts.kustomize.KustomizeFindings;
import dev.distlint.facts.projects.ClusterProject;
import dev.distlint.facts.projects.ProjectModel;
import dev.distlint.settings.RuleSetting;
import dev.distlint.settings.Settings;
import dev.distlint.syntax.yaml.DocumentSlice;
import dev.distlint.syntax.yaml.YamlDocument;
import dev.distlint.syntax.yaml.YamlView;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.BooleanSupplier;

/**
 * Runs the enabled rules over one target file and returns its findings, with settings applied
 * (enablement, severity overrides, parameters) and suppressions honoured; then the suppression
 * audits judge the suppressions themselves. A rule runs only on the file kinds its doc names
 * ({@code kinds:}). A rule that throws is logged and skipped: one broken rule never hides the
 * others' findings.
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
      runs.forEach((id, r) -> {
        Map<Object, Workspace.Read> all = new java.util.HashMap<>(r.reads());
        r.parts().forEach(d -> d.reads().forEach(all::putIfAbsent));
        out.put(id, all);
      });
      return out;
    }
  }

  /**
   * One rule's findings on one file and the facts it read to produce them; for a rule run one
   * document at a time, each document's run instead ({@code parts}, else empty), with its reads.
   */
  public record RuleRun(List<Finding> findings, Map<Object, Workspace.Read> reads,
      List<DocumentRun> parts) {
    public RuleRun(List<Finding> findings, Map<Object, Workspace.Read> reads) {
      this(findings, reads, List.of());
    }
  }

  /**
   * A document-scoped rule's run on one document: the document's parse (its root node, reused by
   * the parse cache while the document's text is unchanged), where the document was, and the
   * findings and reads. {@code movable} when every position of the findings in this file lies in
   * the document, so the findings can follow the document when text before it changes length.
   */
  record DocumentRun(Object root, int index, int base, int length, List<Finding> findings,
      Map<Object, Workspace.Read> reads, boolean movable) {
  }

  /** A previous check of a file: reusable when the file and settings are the same objects. */
  public record Previous(Workspace workspace, ParsedFile file, Settings settings, Result result) {
  }

  private final List<Rule> rules;
  private final List<Entry> entries;
  private final List<Entry> audits;
  private final Map<String, Rule> byId;

  public Linter(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    List<Entry> e = new ArrayList<>();
    for (Rule r : this.rules) {
      RuleDoc doc = RuleDocs.get(r.id());
      e.add(new Entry(r, doc, doc.fileKinds()));
    }
    this.entries = e.stream().filter(x -> !(x.rule() instanceof SuppressionAudit)).toList();
    this.audits = e.stream().filter(x -> x.rule() instanceof SuppressionAudit).toList();
    Map<String, Rule> ids = new java.util.HashMap<>();
    this.rules.forEach(x -> ids.putIfAbsent(x.id(), x));
    this.byId = Map.copyOf(ids);
  }

  /** Whether {@code rule} runs under {@code settings}: switched on, or on by default. */
  public static boolean enabled(Rule rule, Settings settings) {
    return enabled(rule, settings.rule(rule.id()));
  }

  private static boolean enabled(Rule rule, RuleSetting rs) {
    if (rs.enabled() != null) {
      return rs.enabled();
    }
    return rule.enabledByDefault() || rs.severity() != null;
  }

  /**
   * One rule's run on {@code file}: the rule's own check, or {@code body} when given. With
   * {@code track}, the workspace facts it reads are recorded (for {@link #recheck}); without, its
   * run has no reads.
   */
  private static RuleRun run(Entry entry, Workspace ws, ParsedFile file, Settings settings,
      BooleanSupplier cancelled, java.util.function.Consumer<RuleContext> body, boolean track) {
    Rule rule = entry.rule();
    if (!entry.kinds().contains(file.kind())) {
      return null;
    }
    RuleSetting rs = settings.rule(rule.id());
    if (!enabled(rule, rs) || cancelled.getAsBoolean()) {
      return null;
    }
    List<Finding> found = new ArrayList<>();
    RuleContext ctx = new RuleContext(rule, file, ws,
        new RuleParams(rs.params(), entry.doc().params()), entry.doc().severity(), found::add);
    Map<Object, Workspace.Read> reads;
    try {
      long t0 = dev.distlint.base.Timings.on() ? System.nanoTime() : 0;
      if (track) {
        reads = Workspace.recordingReads(() -> check(rule, body, ctx));
      } else {
        check(rule, body, ctx);
        reads = Map.of();
      }
      if (t0 != 0) {
        dev.distlint.base.Timings.add(rule.id(), System.nanoTime() - t0);
      }
    } catch (RuntimeException | StackOverflowError e) {
      Log.error("rule " + rule.id() + " failed on " + file.path(), e);
      return null;
    }
    if (rs.severity() != null) {
      found.replaceAll(f -> f.withSeverity(rs.severity()));
    }
    return new RuleRun(List.copyOf(found), reads);
  }

  private static void check(Rule rule, java.util.function.Consumer<RuleContext> body,
      RuleContext ctx) {
    if (body == null) {
      rule.check(ctx);
    } else {
      body.accept(ctx);
    }
  }

  /**
   * The previous run of a rule when it still holds: same file snapshot and settings, and every
   * fact it read has an equal value in {@code ws}. Null when the rule must run again.
   */
  private static RuleRun reusable(Entry entry, Workspace ws, ParsedFile file, Previous prev) {
    if (prev == null || prev.file() != file) {
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
   * sorted, hence the same whatever the scheduling. Helm templates are read with their chart's
   * values, and a finding about a value from a values file is reported in that file; Kustomize
   * overlays are analysed as the objects they produce.
   */
  public List<Finding> check(Workspace ws, ParsedFile file, Settings settings,
      BooleanSupplier cancelled) {
    return checkTracked(ws, file, settings, cancelled).findings();
  }

  /** As {@link #check}, also returning the facts each rule read (for incremental re-checks). */
  public Result checkTracked(Workspace ws, ParsedFile file, Settings settings,
      BooleanSupplier cancelled) {
    return run(ws, file, settings, cancelled, true, null, true);
  }

  /**
   * Checks many files of one workspace, the files in parallel and each file's rules in turn (one
   * level of parallelism, which suits thousands of small files better than parallel rules).
   * Findings come out in file order, each file's sorted, whatever the scheduling.
   */
  public List<Finding> checkAll(Workspace ws, List<ParsedFile> files, Settings settings) {
    return checkAll(ws, files, f -> settings);
  }

  /** As {@link #checkAll(Workspace, List, Settings)}, each file with its own settings. */
  public List<Finding> checkAll(Workspace ws, List<ParsedFile> files,
      java.util.function.Function<ParsedFile, Settings> settingsOf) {
    return dev.distlint.base.Parallelism.stream(files)
        .map(f -> checkOnce(ws, f, settingsOf.apply(f)).findings())
        .flatMap(List::stream)
        .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
  }

  /**
   * Checks files each within its own cluster project (the project's files are the workspace its
   * cross-file rules see) and with the settings of its folder, so no finding pairs files of two
   * projects. Files of no project are not checked.
   */
  public List<Finding> checkInProjects(ProjectModel model, List<ParsedFile> files) {
    return checkInProjects(model, files, p -> { });
  }

  /**
   * As {@link #checkInProjects(ProjectModel, List)}; {@code finished} is told of each project
   * once the last of the files whose check reads it (its own, and those that share a compose
   * file with it) has been checked, while the others go on: a batch check frees the project's
   * parses and facts there, so memory holds the projects under way, not all of them.
   */
  public List<Finding> checkInProjects(ProjectModel model, List<ParsedFile> files,
      java.util.function.Consumer<ClusterProject> finished) {
    ProjectCountdown countdown = new ProjectCountdown(model, files);
    // one parallel pass over all files (not one a project: projects are often small)
    return dev.distlint.base.Parallelism.stream(files)
        .filter(f -> model.projectOf(f.path()) != null)
        .map(f -> {
          Settings settings = model.settingsFor(f.path());
          List<Finding> own = checkOnce(model.workspaceOf(f.path()), model.fileOf(f.path()),
              settings).findings();
          List<Finding> all = withShares(model, f.path(), own, (ws, variant) ->
              checkOnce(ws, variant, settings).findings());
          countdown.done(f.path()).forEach(finished);
          return all;
        })
        .flatMap(List::stream)
        .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
  }

  /**
   * A file's findings with those of the other projects that run some of its services (a compose
   * file shared by several projects): each such project's findings on its own services, checked
   * in that project. Sorted as one file's findings are.
   */
  public static List<Finding> withShares(ProjectModel model, String path, List<Finding> own,
      java.util.function.BiFunction<Workspace, ParsedFile, List<Finding>> check) {
    List<ProjectModel.Share> shares = model.sharesOf(path);
    if (shares.isEmpty()) {
      return own;
    }
    java.util.LinkedHashSet<Finding> out = new java.util.LinkedHashSet<>(own);
    for (ProjectModel.Share s : shares) {
      for (Finding f : check.apply(s.project().workspace(), s.variant())) {
        if (s.covers(f.range())) {
          out.add(f);
        }
      }
    }
    List<Finding> sorted = new ArrayList<>(out);
    sorted.sort(Comparator.comparing(Finding::range).thenComparing(Finding::ruleId));
    return sorted;
  }

  /**
   * Checks a file again after other files changed, re-running only the rules whose facts
   * changed since {@code prev}; rules whose facts kept their values keep their findings.
   */
  public Result recheck(Workspace ws, ParsedFile file, Settings settings,
      BooleanSupplier cancelled, Previous prev) {
    // a changed file still reuses the runs of its unchanged documents
    boolean usable = prev != null && prev.settings().equals(settings)
        && prev.file().path().equals(file.path()) && prev.file().context() == file.context();
    return run(ws, file, settings, cancelled, true, usable ? prev : null, true);
  }

  /**
   * The findings of one file of many, checked without recording what each rule read: a batch
   * check keeps the findings only.
   */
  private Result checkOnce(Workspace ws, ParsedFile file, Settings settings) {
    return run(ws, file, settings, () -> false, false, null, false);
  }

  /**
   * The analysis of one file. Helm templates are read with their chart's values, and a finding
   * about a value from a values file is reported in that file; Kustomize overlays are analysed as
   * the objects they produce. A file outside both takes the plain path, where each rule's result
   * is kept with the facts it read and reused by {@link #recheck} while they hold.
   */
  private Result run(Workspace ws, ParsedFile file, Settings settings, BooleanSupplier cancelled,
      boolean parallelRules, Previous prev, boolean track) {
    Workspace helm = HelmCharts.derive(ws, settings.helmValues());
    ParsedFile target = HelmCharts.target(helm, file);
    Map<String, RuleRun> runs = Map.of();
    List<Finding> out;
    if (KustomizeFindings.isSource(helm, target.path())) {
      out = new ArrayList<>(KustomizeFindings.forSource(helm, target,
          runAll(helm, target, settings, cancelled, parallelRules, track),
          (w, output) -> runAll(w, output, settings, cancelled, parallelRules, track)));
    } else {
      Workspace derived = KustomizeFindings.primary(helm);
      if (derived == ws && target == file
          && HelmCharts.templatesReading(derived, file.path()).isEmpty()) {
        runs = runRules(ws, file, settings, cancelled, parallelRules, prev, track);
        out = new ArrayList<>();
        runs.values().forEach(r -> out.addAll(r.findings()));
      } else {
        out = new ArrayList<>(KustomizeFindings.traceRelated(helm, HelmFindings.place(derived,
            target, runAll(derived, target, settings, cancelled, parallelRules, track),
            template -> runAll(derived, template, settings, cancelled, parallelRules, track))));
      }
    }
    if (cancelled.getAsBoolean()) {
      return new Result(List.of(), Map.of());
    }
    Suppressions sup = suppressions(file);
    out.removeIf(f -> silenced(sup, file, f, true));
    List<Finding> audited = new ArrayList<>();
    for (Entry e : audits) {
      SuppressionAudit a = (SuppressionAudit) e.rule();
      RuleRun r = run(e, ws, file, settings, cancelled, ctx -> a.audit(ctx, sup,
          id -> byId.containsKey(id) && enabled(byId.get(id), settings)), track);
      if (r != null) {
        audited.addAll(r.findings());
      }
    }
    audited.removeIf(f -> silenced(sup, file, f, false));
    out.addAll(audited);
    out.sort(Comparator.comparing(Finding::range).thenComparing(Finding::ruleId));
    return new Result(out, runs);
  }

  private static boolean silenced(Suppressions sup, ParsedFile file, Finding f, boolean byAll) {
    return sup.suppressed(f.ruleId(), file.lines().lineOf(f.range().start()), f.range().start(),
        byAll);
  }

  private static Suppressions suppressions(ParsedFile file) {
    List<Suppressions.Entry> extra = file.kind() == FileKind.K8S ? IgnoreAnnotations.of(file)
        : List.of();
    return Suppressions.scan(file.text(), file.lines(), extra, LocalDate.now(ZoneOffset.UTC));
  }

  /** Every enabled rule's run on {@code file}, reusing those of {@code prev} that still hold. */
  private Map<String, RuleRun> runRules(Workspace ws, ParsedFile file, Settings settings,
      BooleanSupplier cancelled, boolean parallelRules, Previous prev, boolean track) {
    if (!parallelRules) {
      // One rule after another on this thread: a plain map, no stream.
      Map<String, RuleRun> runs = new java.util.HashMap<>();
      for (Entry e : entries) {
        RuleRun r = reusable(e, ws, file, prev);
        if (r == null) {
          r = run(e, ws, file, settings, cancelled, null, track);
        }
        if (r != null) {
          runs.put(e.rule().id(), r);
        }
      }
      return track ? Map.copyOf(runs) : runs;
    }
    Map<String, RuleRun> runs = new ConcurrentHashMap<>();
    readSyntax(file);
    // The language server keeps a document-scoped rule's findings by document, so an edit re-runs
    // the rule on the edited documents only.
    List<YamlDocument> docs = track ? DocumentSlice.documents(file) : List.of();
    Map<Object, Boolean> sameFacts = new ConcurrentHashMap<>();
    dev.distlint.base.Parallelism.stream(entries).forEach(e -> {
      RuleRun r;
      RuleRun old = prev == null ? null : prev.result().runs().get(e.rule().id());
      if (!docs.isEmpty() && e.rule() instanceof DocumentScoped) {
        r = runByDocument(e, ws, file, docs, settings, cancelled, prev, old, sameFacts);
      } else {
        r = reusable(e, ws, file, prev);
        if (r == null) {
          r = run(e, ws, file, settings, cancelled, null, track);
        }
      }
      if (r != null) {
        runs.put(e.rule().id(), r);
      }
    });
    return Map.copyOf(runs);
  }

  /**
   * A document-scoped rule's run on a file of several documents, kept by document. With the
   * runs of a previous check, a document whose parse, length and facts read are unchanged keeps
   * its findings, moved by as much as the text before it grew or shrank, and the rule runs on the
   * other documents alone. When there are no such runs, or most documents must run again, the
   * rule runs once over the whole file and its findings are shared out among the documents, each
   * document keeping every fact the run read (more than its own: a change of any of them re-runs
   * it, never a stale reuse).
   */
  private static RuleRun runByDocument(Entry entry, Workspace ws, ParsedFile file,
      List<YamlDocument> docs, Settings settings, BooleanSupplier cancelled, Previous prev,
      RuleRun old, Map<Object, Boolean> sameFacts) {
    if (!entry.kinds().contains(file.kind()) || !enabled(entry.rule(), settings)) {
      return null;
    }
    List<DocumentRun> before = old == null ? List.of() : old.parts();
    DocumentRun[] kept = new DocumentRun[docs.size()];
    int rerun = 0;
    // the documents of a shared-out run hold one map of reads: judged once
    Map<Object, Workspace.Read> lastReads = null;
    boolean lastSame = false;
    for (YamlDocument doc : docs) {
      DocumentRun d = doc.index() < before.size() ? before.get(doc.index()) : null;
      if (d != null && d.root() != null && d.root() == doc.root() && d.movable()
          && d.length() == doc.length()) {
        if (d.reads() != lastReads) {
          lastReads = d.reads();
          lastSame = sameFacts(lastReads, prev.workspace(), ws, sameFacts);
        }
        if (lastSame) {
          kept[doc.index()] = d;
          continue;
        }
      }
      if (++rerun > Math.max(1, docs.size() / 4)) {
        break; // the whole file runs again: the other documents need not be judged
      }
    }
    if (rerun > Math.max(1, docs.size() / 4)) {
      // one run over the whole file costs less than many one-document runs
      RuleRun whole = run(entry, ws, file, settings, cancelled, null, true);
      return whole == null ? null
          : new RuleRun(whole.findings(), Map.of(), shareOut(whole, file.path(), docs));
    }
    List<Finding> all = new ArrayList<>();
    List<DocumentRun> parts = new ArrayList<>(docs.size());
    for (YamlDocument doc : docs) {
      if (cancelled.getAsBoolean()) {
        return null;
      }
      DocumentRun d = kept[doc.index()];
      if (d != null) {
        d = moved(d, file.path(), doc.base());
      } else {
        RuleRun r = run(entry, ws, DocumentSlice.of(file, doc), settings, cancelled, null, true);
        if (r == null) {
          return null;
        }
        d = new DocumentRun(doc.root(), doc.index(), doc.base(), doc.length(), r.findings(),
            r.reads(), within(r.findings(), file.path(), doc.range()));
      }
      parts.add(d);
      all.addAll(d.findings());
    }
    return new RuleRun(List.copyOf(all), Map.of(), List.copyOf(parts));
  }

  /**
   * A whole-file run's findings shared out among the documents they lie in, each document with
   * all the run's reads; empty when a finding lies in no single document.
   */
  private static List<DocumentRun> shareOut(RuleRun whole, String path, List<YamlDocument> docs) {
    List<List<Finding>> byDoc = new ArrayList<>(docs.size());
    docs.forEach(d -> byDoc.add(new ArrayList<>()));
    for (Finding f : whole.findings()) {
      int i = documentAt(docs, f.range().start());
      if (i < 0 || !inside(f.range(), docs.get(i).range())) {
        return List.of();
      }
      byDoc.get(i).add(f);
    }
    List<DocumentRun> parts = new ArrayList<>(docs.size());
    for (int i = 0; i < docs.size(); i++) {
      YamlDocument d = docs.get(i);
      List<Finding> mine = List.copyOf(byDoc.get(i));
      parts.add(new DocumentRun(d.root(), d.index(), d.base(), d.length(), mine, whole.reads(),
          within(mine, path, d.range())));
    }
    return parts;
  }

  /** The index of the last document starting at or before {@code offset}, or -1. */
  private static int documentAt(List<YamlDocument> docs, int offset) {
    int lo = 0;
    int hi = docs.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (docs.get(mid).base() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /**
   * Whether every fact read has an equal value in both snapshots; each fact is compared once per
   * analysis of a file, whichever rule and document asks ({@code known} holds the answers).
   */
  private static boolean sameFacts(Map<Object, Workspace.Read> reads, Workspace before,
      Workspace after, Map<Object, Boolean> known) {
    for (Workspace.Read r : reads.values()) {
      Boolean same = known.get(r.key());
      if (same == null) {
        same = r.sameIn(before, after);
        known.put(r.key(), same);
      }
      if (!same) {
        return false;
      }
    }
    return true;
  }

  /** True when every position in {@code path} the findings name lies in {@code doc}. */
  private static boolean within(List<Finding> findings, String path, TextRange doc) {
    for (Finding f : findings) {
      if (!f.path().equals(path) || !inside(f.range(), doc)) {
        return false;
      }
      for (Finding.Related r : f.related()) {
        if (r.path().equals(path) && !inside(r.range(), doc)) {
          return false;
        }
      }
      for (Fix x : f.fixes()) {
        for (Fix.FileEdit e : x.edits()) {
          if (e.path().equals(path) && !inside(e.range(), doc)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static boolean inside(TextRange r, TextRange doc) {
    return r.start() >= doc.start() && r.end() <= doc.end();
  }

  /** A document's run with its positions in {@code path} moved to the document's new base. */
  private static DocumentRun moved(DocumentRun d, String path, int base) {
    int delta = base - d.base();
    if (delta == 0 || d.findings().isEmpty()) {
      // a run without findings has no position to move (its base only serves to move findings)
      return d;
    }
    List<Finding> out = new ArrayList<>(d.findings().size());
    for (Finding f : d.findings()) {
      List<Finding.Related> related = new ArrayList<>();
      for (Finding.Related r : f.related()) {
        related.add(r.path().equals(path)
            ? new Finding.Related(r.path(), shift(r.range(), delta), r.message()) : r);
      }
      List<Fix> fixes = new ArrayList<>();
      for (Fix x : f.fixes()) {
        List<Fix.FileEdit> edits = new ArrayList<>();
        for (Fix.FileEdit e : x.edits()) {
          edits.add(e.path().equals(path)
              ? new Fix.FileEdit(e.path(), shift(e.range(), delta), e.newText()) : e);
        }
        fixes.add(new Fix(x.title(), edits, x.safe()));
      }
      out.add(new Finding(f.ruleId(), f.severity(), f.path(), shift(f.range(), delta),
          f.message(), related, fixes));
    }
    return new DocumentRun(d.root(), d.index(), base, d.length(), List.copyOf(out), d.reads(),
        true);
  }

  private static TextRange shift(TextRange r, int delta) {
    return new TextRange(r.start() + delta, r.end() + delta);
  }

  /**
   * Parses a YAML file before its rules run in parallel: the parse is the large step they all
   * wait for, and run here its own parallel stream has this thread and the pool's, where inside
   * the first rule's task it would have the pool's alone while this thread waited. A failure is
   * left for the rules to meet, as they would without this.
   */
  private static void readSyntax(ParsedFile file) {
    if (file.kind().isYaml()) {
      try {
        file.view(YamlView.YAML);
      } catch (RuntimeException | StackOverflowError e) {
        // reported by the rules that read the file
      }
    }
  }

  /** The findings of every enabled rule on {@code file}, before suppressions. */
  private List<Finding> runAll(Workspace ws, ParsedFile file, Settings settings,
      BooleanSupplier cancelled, boolean parallelRules, boolean track) {
    List<Finding> out = new ArrayList<>();
    runRules(ws, file, settings, cancelled, parallelRules, null, track).values()
        .forEach(r -> out.addAll(r.findings()));
    return out;
  }
}
