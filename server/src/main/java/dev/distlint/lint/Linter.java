package dev.distlint.lint;

import dev.distlint.catalogue.RuleDoc;
import dev.distlint.catalogue.RuleDocs;
import dev.distlint.model.helm.HelmCharts;
import dev.distlint.model.helm.HelmFindings;
import dev.distlint.model.kustomize.KustomizeFindings;
import dev.distlint.settings.RuleSetting;
import dev.distlint.settings.Settings;
import dev.distlint.workspace.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Runs the enabled rules over one target file and returns its findings, with settings applied
 * (enablement, severity overrides, parameters) and suppression comments honoured. A rule that
 * throws is logged and skipped: one broken rule never hides the others' findings.
 */
public final class Linter {
  private final List<Rule> rules;

  public Linter(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  private static List<Finding> run(Rule rule, Workspace ws, ParsedFile file, Settings settings,
      BooleanSupplier cancelled) {
    RuleSetting rs = settings.rule(rule.id());
    if (Boolean.FALSE.equals(rs.enabled()) || cancelled.getAsBoolean()) {
      return List.of();
    }
    RuleDoc doc = RuleDocs.get(rule.id());
    List<Finding> found = new ArrayList<>();
    RuleContext ctx = new RuleContext(rule, file, ws, new RuleParams(rs.params()), doc.severity(),
        found::add);
    try {
      rule.check(ctx);
    } catch (RuntimeException | StackOverflowError e) {
      Log.error("rule " + rule.id() + " failed on " + file.path(), e);
      return List.of();
    }
    if (rs.severity() != null) {
      found.replaceAll(f -> f.withSeverity(rs.severity()));
    }
    return found;
  }

  private List<Finding> runAll(Workspace ws, ParsedFile file, Settings settings,
      BooleanSupplier cancelled) {
    return rules.parallelStream()
        .flatMap(rule -> run(rule, ws, file, settings, cancelled).stream())
        .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
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
    Workspace helm = HelmCharts.derive(ws, settings.helmValues());
    ParsedFile target = HelmCharts.target(helm, file);
    List<Finding> out;
    if (KustomizeFindings.isSource(helm, target.path())) {
      out = new ArrayList<>(KustomizeFindings.forSource(helm, target,
          runAll(helm, target, settings, cancelled),
          (w, output) -> runAll(w, output, settings, cancelled)));
    } else {
      Workspace derived = KustomizeFindings.primary(helm);
      out = new ArrayList<>(KustomizeFindings.traceRelated(helm, HelmFindings.place(derived,
          target, runAll(derived, target, settings, cancelled),
          template -> runAll(derived, template, settings, cancelled))));
    }
    if (cancelled.getAsBoolean()) {
      return List.of();
    }
    Suppressions sup = Suppressions.scan(file.text(), file.lines());
    out.removeIf(f -> sup.suppressed(f.ruleId(), file.lines().lineOf(f.range().start())));
    out.sort(Comparator.comparing(Finding::range).thenComparing(Finding::ruleId));
    return out;
  }
}
