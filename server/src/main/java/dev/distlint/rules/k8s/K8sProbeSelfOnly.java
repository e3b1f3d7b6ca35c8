package dev.distlint.rules.k8s;

import dev.distlint.lint.DocumentScoped;
import dev.distlint.facts.BeamWorkloads;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.k8s.Container;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.model.k8s.Probe;

/** Liveness and readiness probes that check exactly the same thing. */
public final class K8sProbeSelfOnly implements DocumentScoped {
  @Override
  public String id() {
    return "k8s-probe-self-only";
  }

  @Override
  public void check(RuleContext ctx) {
    for (KubeObject o : KubeObjects.of(ctx.file())) {
      if (!BeamWorkloads.isBeam(o, ctx.workspace())) {
        continue; // generic Kubernetes advice is out of scope for workloads that are not BEAM
      }
      for (Container c : o.containers()) {
        Probe live = c.probe("livenessProbe");
        Probe ready = c.probe("readinessProbe");
        if (live != null && ready != null && !live.handler().equals("none")
            && live.handler().equals(ready.handler())) {
          ctx.report(o.range(live.keyNode()), "livenessProbe and readinessProbe of container '"
              + c.name() + "' make the same check, so neither can tell alive from useful.");
        }
      }
    }
  }
}
