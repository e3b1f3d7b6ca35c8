package dev.distlint.report.review;

import dev.distlint.facts.EscalationLevel;
import dev.distlint.facts.helm.HelmCharts;
import dev.distlint.catalogue.RuleDocs;
import dev.distlint.base.Finding;
import dev.distlint.lint.Linter;
import dev.distlint.lint.Rule;
import dev.distlint.settings.Settings;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A review of a whole workspace: the escalation level with its evidence, the cluster model, the
 * 20 checklist items (satisfied, violated, or a question when configuration cannot tell) and all
 * findings by priority.
 */
public record Review(EscalationLevel level, List<ClusterModel.Line> model, List<ItemStatus> checklist,
    List<Finding> findings) {

  /** How a checklist item stands. */
  public enum Status { SATISFIED, VIOLATED, QUESTION }

  /** One checklist item's status, the rules that check it and how many findings they made. */
  public record ItemStatus(Checklist.Item item, Status status, List<String> rules, int findings) {
  }

  public static Review of(Workspace ws, Linter linter, Settings settings) {
    return of(ws, linter, settings, f -> settings);
  }

  /**
   * The review of one project's files, each checked with the settings of its folder; {@code top}
   * gives the values files of its charts.
   */
  public static Review of(Workspace ws, Linter linter, Settings top,
      java.util.function.Function<ParsedFile, Settings> settingsOf) {
    Settings settings = top;
    List<Finding> findings = new ArrayList<>();
    for (ParsedFile f : ws.files()) {
      findings.addAll(linter.check(ws, f, settingsOf.apply(f)));
    }
    findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::path)
        .thenComparing(Finding::range));
    ClusterModel model = ClusterModel.of(HelmCharts.derive(ws, settings.helmValues()));
    return new Review(EscalationLevel.detect(ws, model.maxNodes()), model.lines(),
        checklist(linter.rules(), findings), List.copyOf(findings));
  }

  static List<ItemStatus> checklist(List<Rule> rules, List<Finding> findings) {
    Map<Integer, List<String>> rulesByItem = new LinkedHashMap<>();
    for (Rule r : rules) {
      int n = Checklist.number(RuleDocs.get(r.id()).checklist());
      if (n > 0) {
        rulesByItem.computeIfAbsent(n, k -> new ArrayList<>()).add(r.id());
      }
    }
    List<ItemStatus> out = new ArrayList<>();
    for (Checklist.Item item : Checklist.ITEMS) {
      List<String> ids = rulesByItem.getOrDefault(item.number(), List.of());
      int hits = (int) findings.stream().filter(f -> ids.contains(f.ruleId())).count();
      Status s = ids.isEmpty() ? Status.QUESTION : hits > 0 ? Status.VIOLATED : Status.SATISFIED;
      out.add(new ItemStatus(item, s, List.copyOf(ids), hits));
    }
    return out;
  }
}
