package dev.distlint.rules.k8s;

import dev.distlint.facts.workloads.Yaml;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.TextRange;
import dev.distlint.facts.Libraries;
import dev.distlint.facts.QuorumWorkloads;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.syntax.yaml.YNode;
import java.util.List;
import java.util.Map;

/** A workload hosting quorum members that no PodDisruptionBudget protects. */
public final class K8sQuorumWorkloadWithoutPdb implements Rule {
  @Override
  public String id() {
    return "k8s-quorum-workload-without-pdb";
  }

  @Override
  public void check(RuleContext ctx) {
    for (QuorumWorkloads.Host h : QuorumWorkloads.of(ctx.workspace())) {
      KubeObject w = h.workload();
      if (w == null || !h.path().equals(ctx.file().path())
          || h.replicas() != null && h.replicas() < 2 || isBudgeted(ctx, w)) {
        continue;
      }
      String n = h.replicas() == null ? "its" : h.replicas() + "";
      var report = ctx.at(w.nameRange(), h.label() + " hosts " + n
          + " quorum members and no PodDisruptionBudget selects its pods.");
      Libraries.prodDep(ctx.workspace(), "ra").ifPresent(d ->
          report.related(d.path(), d.dep().range(), "ra runs the quorum group"));
      String pdb = budgetFor(w, freeName(ctx, w));
      if (pdb != null) {
        String text = ctx.file().text();
        String sep = text.endsWith("\n") ? "" : "\n";
        report.fix(new Fix("Add a PodDisruptionBudget with maxUnavailable: 1", List.of(
            new Fix.FileEdit(ctx.file().path(), TextRange.at(text.length()), sep + pdb)), false));
      }
      report.emit();
    }
  }

  private static boolean isBudgeted(RuleContext ctx, KubeObject w) {
    boolean labelsUnknown = w.podTemplate() == null
        || YNode.unknownIn(w.podTemplate().pathMap("metadata") == null ? null
            : w.podTemplate().pathMap("metadata").get("labels"));
    for (KubeObject o : KubeObjects.all(ctx.workspace())) {
      boolean unsure = o.is("PodDisruptionBudget") && (labelsUnknown
          || o.spec() == null || YNode.unknownIn(o.spec().get("selector")));
      if (unsure || KubeObjects.budgetSelects(o, w)) {
        return true;
      }
    }
    return false;
  }

  /** The workload's name, or that name with a suffix when a budget of that name exists. */
  private static String freeName(RuleContext ctx, KubeObject w) {
    for (KubeObject o : KubeObjects.all(ctx.workspace())) {
      if (o.is("PodDisruptionBudget") && o.namespace().equals(w.namespace())
          && w.name() != null && w.name().equals(o.name())) {
        return w.name() + "-quorum";
      }
    }
    return w.name();
  }

  /** A budget selecting the workload's selector labels, or null when they are not literal. */
  private static String budgetFor(KubeObject w, String name) {
    Map<String, String> labels = w.spec() == null ? Map.of()
        : KubeObject.stringMap(w.spec().pathMap("selector", "matchLabels"));
    if (labels.isEmpty() || w.name() == null) {
      return null;
    }
    StringBuilder b = new StringBuilder("---\napiVersion: policy/v1\nkind: PodDisruptionBudget\n")
        .append("metadata:\n  name: ").append(Yaml.scalar(name)).append('\n');
    if (!w.namespace().equals("default")) {
      b.append("  namespace: ").append(Yaml.scalar(w.namespace())).append('\n');
    }
    b.append("spec:\n  maxUnavailable: 1\n  selector:\n    matchLabels:\n");
    labels.forEach((k, v) -> b.append("      ").append(Yaml.scalar(k)).append(": ")
        .append(Yaml.scalar(v)).append('\n'));
    return b.toString();
  }
}
