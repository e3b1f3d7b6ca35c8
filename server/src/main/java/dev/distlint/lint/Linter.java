package dev.distlint.lint;

import dev.distlint.catalogue.RuleDoc;
import dev.distlint.catalogue.RuleDocs;
import dev.distlint.model.FileKind;
import dev.distlint.model.k8s.IgnoreAnnotations;
import dev.distlint.settings.RuleSetting;
import dev.distlint.settings.Settings;
import dev.distlint.workspace.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs the enabled rules over one target file and returns its findings, with settings applied
 * (enablement, severity overrides, parameters) and suppressions honoured; then the suppression
 * audits judge the suppressions themselves. A rule that throws is logged and skipped: one broken
 * rule never hides the others' findings.
 */
public final class Linter {
  private final List<Rule> rules;
  private final Map<String, Rule> byId;

  public Linter(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    this.byId = this.rules.stream().collect(Collectors.toMap(Rule::id, Function.identity(),
        (a, b) -> a));
  }

  /** Whether {@code rule} runs under {@code settings}: switched on, or on by default. */
  public static boolean enabled(Rule rule, Settings settings) {
    RuleSetting rs = settings.rule(rule.id());
    if (rs.enabled() != null) {
      return rs.enabled();
    }
    return rule.enabledByDefault() || rs.severity() != null;
  }

  private static List<Finding> run(Rule rule, Workspace ws, ParsedFile file, Settings settings,
      BooleanSupplier cancelled, Consumer<RuleContext> body) {
    if (!enabled(rule, settings) || cancelled.getAsBoolean()) {
      return List.of();
    }
    RuleSetting rs = settings.rule(rule.id());
    RuleDoc doc = RuleDocs.get(rule.id());
    List<Finding> found = new ArrayList<>();
    RuleContext ctx = new RuleContext(rule, file, ws, new RuleParams(rs.params()), doc.severity(),
        found::add);
    try {
      body.accept(ctx);
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
    List<Finding> out = rules.parallelStream()
        .filter(rule -> !(rule instanceof SuppressionAudit))
        .flatMap(rule -> run(rule, ws, file, settings, cancelled, rule::check).stream())
        .collect(Collectors.toCollection(ArrayList::new));
    if (cancelled.getAsBoolean()) {
      return List.of();
    }
    Suppressions sup = suppressions(file);
    out.removeIf(f -> silenced(sup, file, f, true));
    List<Finding> audits = new ArrayList<>();
    for (Rule rule : rules) {
      if (rule instanceof SuppressionAudit a) {
        audits.addAll(run(rule, ws, file, settings, cancelled, ctx -> a.audit(ctx, sup,
            id -> byId.containsKey(id) && enabled(byId.get(id), settings))));
      }
    }
    audits.removeIf(f -> silenced(sup, file, f, false));
    out.addAll(audits);
    out.sort(Comparator.comparing(Finding::range).thenComparing(Finding::ruleId));
    return out;
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
}
