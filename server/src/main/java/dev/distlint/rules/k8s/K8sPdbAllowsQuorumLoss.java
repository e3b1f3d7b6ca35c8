package dev.distlint.rules.k8s;

import dev.distlint.facts.workloads.Workloads;
import dev.distlint.base.Fix;
import dev.distlint.lint.Bounded;
import dev.distlint.base.Fix;
import dev.distlint.lint.DocumentScoped;
import dev.distlint.lint.RuleContext;
import dev.distlint.facts.BeamWorkloads;
import dev.distlint.facts.Libraries;
import dev.distlint.facts.Quorum;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A PodDisruptionBudget that lets a drain evict more quorum members than the group can lose. */
public final class K8sPdbAllowsQuorumLoss implements DocumentScoped {
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
      Map<YScalar, List<Breach>> byValue = new LinkedHashMap<>();
      for (KubeObject w : KubeObjects.all(ctx.workspace())) {
        Long n = w.replicas();
        if (w.isReplicated() && n != null && n >= 3
            && BeamWorkloads.isBeam(w) && KubeObjects.budgetSelects(pdb, w)) {
          Breach b = breach(spec, w, n);
          if (b != null) {
            byValue.computeIfAbsent(b.value(), k -> new ArrayList<>()).add(b);
          }
        }
      }
      byValue.values().forEach(breaches -> report(ctx, pdb, breaches));
    }
  }

  /** How a budget value lets a drain break one workload's quorum. */
  private record Breach(YScalar value, String message, String replacement, String fixTitle,
      KubeObject workload) {
  }

  private static Breach breach(YMap spec, KubeObject w, long n) {
    long tolerated = Quorum.tolerated(n);
    long quorum = Quorum.of(n);
    YScalar max = spec.scalar("maxUnavailable");
    YScalar min = spec.scalar("minAvailable");
    Long maxCount = max == null ? null : count(max.value(), n);
    Long minCount = min == null ? null : count(min.value(), n);
    String group = Workloads.describe(w) + " (" + Quorum.describe(n) + ")";
    if (maxCount != null && maxCount > tolerated) {
      return new Breach(max, "maxUnavailable " + max.value() + " lets a drain evict " + maxCount
          + " pods of " + group, "1", "Set maxUnavailable to 1", w);
    } else if (minCount != null && minCount < quorum) {
      return new Breach(min, "minAvailable " + min.value() + " keeps only " + minCount
          + (minCount == 1 ? " pod" : " pods") + " of " + group + " during a drain",
          Long.toString(quorum), "Set minAvailable to the quorum (" + quorum + ")", w);
    }
    return null;
  }

  /**
   * One finding per budget value, however many workloads it selects: the first breach in full,
   * the others counted, a few of them as related places. The fix is offered when every breach
   * asks for the same value.
   */
  private static void report(RuleContext ctx, KubeObject pdb, List<Breach> breaches) {
    Breach first = breaches.get(0);
    String more = breaches.size() == 1 ? "." : "; it selects "
        + Bounded.names(breaches.stream().skip(1).map(b -> Workloads.describe(b.workload()))
            .toList()) + " as well.";
    var r = ctx.at(pdb.range(first.value()), first.message() + more);
    breaches.stream().limit(Bounded.MAX_RELATED).forEach(b -> r.related(b.workload().path(),
        b.workload().nameRange(), "the quorum workload this budget selects"));
    if (breaches.stream().allMatch(b -> b.replacement().equals(first.replacement()))) {
      var edit = new Fix.FileEdit(ctx.file().path(), pdb.range(first.value()),
          first.replacement());
      r.fix(new Fix(first.fixTitle(), List.of(edit), true));
    }
    r.emit();
  }

  /** An absolute count, or a percentage of n rounded up as Kubernetes does. */
  static Long count(String value, long n) {
    String v = value.trim();
    try {
      if (v.endsWith("%")) {
        long pct = Long.parseLong(v.substring(0, v.length() - 1).trim());
        return pct < 0 ? null : Math.addExact(Math.multiplyExact(pct, n), 99) / 100;
      }
      long count = Long.parseLong(v);
      return count < 0 ? null : count;
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }
}
