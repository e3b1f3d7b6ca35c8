package dev.distlint.rules.k8s;

import dev.distlint.facts.workloads.Workloads;
import dev.distlint.lint.Rule;
import dev.distlint.facts.BeamWorkloads;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.k8s.Container;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.syntax.yaml.YNode;

/** A container that serves traffic without a readiness probe. */
public final class K8sReadinessProbeMissing implements Rule {
  @Override
  public String id() {
    return "k8s-readiness-probe-missing";
  }

  @Override
  public void check(RuleContext ctx) {
    for (KubeObject o : KubeObjects.of(ctx.file())) {
      if (!o.isReplicated() && !o.is("DaemonSet") || !BeamWorkloads.isBeam(o, ctx.workspace())) {
        continue;
      }
      var containers = o.containers();
      for (Container c : containers) {
        if (c.probe("readinessProbe") != null || YNode.unknownIn(c.node().get("readinessProbe"))) {
          continue;
        }
        Container.Port port = Workloads.trafficPort(ctx.workspace(), c);
        String why = null;
        if (port != null) {
          why = "serves port " + (port.number() != null ? port.number() : port.name());
        } else if (c.ports().isEmpty() && containers.size() == 1
            && !Workloads.servicesSelecting(ctx.workspace(), o).isEmpty()) {
          why = "receives traffic from a Service";
        }
        if (why != null) {
          ctx.report(o.range(c.anchor()), "Container '" + c.name() + "' of "
              + Workloads.describe(o) + " " + why + " but has no readinessProbe.");
        }
      }
    }
  }
}
