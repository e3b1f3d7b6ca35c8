package dev.distlint.rules.k8s;

import dev.distlint.facts.workloads.Workloads;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.facts.BeamWorkloads;
import dev.distlint.facts.Libraries;
import dev.distlint.facts.Quorum;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YScalar;
import java.util.List;

/** A PodDisruptionBudget that lets a drain evict more quorum members than the group can lose. */
public final class K8sPdbAllowsQuorumLoss implements Rule {
  @Override
  public String id() {
    return "k8s-pdb-allows-quorum-loss";
  }

  @Override
  public void check(RuleContext ctx) {
    if (!Libraries.usesQuorum(ctx.workspace())) {
      return;
    }
    for (KubeObject pdb : KubeObjects.of(ctx.file())) {
      YMap spec = pdb.spec();
      if (!pdb.is("PodDisruptionBudget") || spec == null) {
        continue;
      }
      for (KubeObject w : KubeObjects.all(ctx.workspace())) {
        Long n = w.replicas();
        if (w.isReplicated() && n != null && n >= 3
            && BeamWorkloads.isBeam(w) && KubeObjects.budgetSelects(pdb, w)) {
          check(ctx, pdb, spec, w, n);
        }
      }
    }
  }

  private void check(RuleContext ctx, KubeObject pdb, YMap spec, KubeObject w, long n) {
    long tolerated = Quorum.tolerated(n);
    long quorum = Quorum.of(n);
    YScalar max = spec.scalar("maxUnavailable");
    YScalar min = spec.scalar("minAvailable");
    Long maxCount = max == null ? null : count(max.value(), n);
    Long minCount = min == null ? null : count(min.value(), n);
    String group = Workloads.describe(w) + " (" + Quorum.describe(n) + ")";
    if (maxCount != null && maxCount > tolerated) {
      report(ctx, pdb, max, "maxUnavailable " + max.value() + " lets a drain evict " + maxCount
          + " pods of " + group + ".", "1", "Set maxUnavailable to 1", w);
    } else if (minCount != null && minCount < quorum) {
      report(ctx, pdb, min, "minAvailable " + min.value() + " keeps only " + minCount
          + (minCount == 1 ? " pod" : " pods") + " of " + group + " during a drain.", Long.toString(quorum),
          "Set minAvailable to the quorum (" + quorum + ")", w);
    }
  }

  private void report(RuleContext ctx, KubeObject pdb, YScalar value, String message,
      String replacement, String fixTitle, KubeObject w) {
    var edit = new Fix.FileEdit(ctx.file().path(), pdb.range(value), replacement);
    ctx.at(pdb.range(value), message)
        .related(w.path(), w.nameRange(), "the quorum workload this budget selects")
        .fix(new Fix(fixTitle, List.of(edit), true))
        .emit();
  }

  /** An absolute count, or a percentage of n rounded up as Kubernetes does. */
  static Long count(String value, long n) {
    String v = value.trim();
    try {
      if (v.endsWith("%")) {
        long pct = Long.parseLong(v.substring(0, v.length() - 1).trim());
        return (pct * n + 99) / 100;
      }
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
