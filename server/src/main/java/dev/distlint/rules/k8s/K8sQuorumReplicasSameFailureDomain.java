package dev.distlint.rules.k8s;

import dev.distlint.facts.workloads.Workloads;
import dev.distlint.lint.DocumentScoped;
import dev.distlint.lint.RuleContext;
import dev.distlint.facts.BeamWorkloads;
import dev.distlint.facts.Libraries;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YNode;
import dev.distlint.syntax.yaml.YSeq;
import java.util.List;

/** A quorum workload whose voters may all be scheduled into one failure domain. */
public final class K8sQuorumReplicasSameFailureDomain implements DocumentScoped {
  @Override
  public String id() {
    return "k8s-quorum-replicas-same-failure-domain";
  }

  @Override
  public void check(RuleContext ctx) {
    if (!Libraries.usesQuorum(ctx.workspace())) {
      return;
    }
    for (KubeObject o : KubeObjects.of(ctx.file())) {
      Long n = o.replicas();
      if (!o.is("StatefulSet") || n == null || n < 2 || !BeamWorkloads.isBeam(o)) {
        continue;
      }
      YMap ps = o.podSpec();
      if (ps != null && (spreads(ps.seq("topologySpreadConstraints")) || antiAffine(ps)
          || YNode.unknownIn(ps.get("affinity"))
          || YNode.unknownIn(ps.get("topologySpreadConstraints")))) {
        continue;
      }
      ctx.report(o.nameRange(), Workloads.describe(o) + " runs " + n
          + " quorum members with no pod anti-affinity or topology spread: one machine can hold"
          + " a majority of them.");
    }
  }

  private static boolean spreads(YSeq constraints) {
    if (constraints == null) {
      return false;
    }
    for (YNode n : constraints.items()) {
      if (n instanceof YMap m && isDomainKey(m.string("topologyKey"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean antiAffine(YMap podSpec) {
    YMap anti = podSpec.pathMap("affinity", "podAntiAffinity");
    if (anti == null) {
      return false;
    }
    for (String mode : List.of("requiredDuringSchedulingIgnoredDuringExecution",
        "preferredDuringSchedulingIgnoredDuringExecution")) {
      YSeq terms = anti.seq(mode);
      if (terms == null) {
        continue;
      }
      for (YNode t : terms.items()) {
        if (t instanceof YMap m) {
          YMap term = m.map("podAffinityTerm") != null ? m.map("podAffinityTerm") : m;
          if (isDomainKey(term.string("topologyKey"))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isDomainKey(String key) {
    return key != null && (key.equals("kubernetes.io/hostname")
        || key.equals("topology.kubernetes.io/zone") || key.equals("failure-domain.beta.kubernetes.io/zone")
        || key.equals("topology.kubernetes.io/region"));
  }
}
