package dev.distlint.rules.k8s;

import dev.distlint.lint.DocumentScoped;
import dev.distlint.lint.RuleContext;
import dev.distlint.facts.BeamWorkloads;
import dev.distlint.model.k8s.Container;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.model.k8s.Probe;

/** An eager liveness probe without a startup probe on a clustered BEAM node. */
public final class K8sProbeTimingVsBoot implements DocumentScoped {

  @Override
  public String id() {
    return "k8s-probe-timing-vs-boot";
  }

  @Override
  public void check(RuleContext ctx) {
    long min = ctx.params().longValue("min-seconds");
    for (KubeObject o : KubeObjects.of(ctx.file())) {
      for (Container c : o.containers()) {
        Probe live = c.probe("livenessProbe");
        if (live == null || c.probe("startupProbe") != null || !BeamWorkloads.isBeam(c)) {
          continue;
        }
        long budget = live.initialDelaySeconds() + live.failureThreshold() * live.periodSeconds();
        if (budget < min) {
          ctx.report(o.range(live.keyNode()), "livenessProbe of container '" + c.name()
              + "' restarts a node that has not answered within " + budget
              + " s of starting, and there is no startupProbe to cover cluster join.");
        }
      }
    }
  }
}
