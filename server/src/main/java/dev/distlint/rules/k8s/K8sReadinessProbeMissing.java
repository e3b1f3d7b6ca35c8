package dev.distlint.rules.k8s;

import dev.distlint.facts.workloads.Workloads;
import dev.distlint.base.Fix;
import dev.distlint.lint.DocumentScoped;
import dev.distlint.facts.BeamWorkloads;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.TextRange;
import dev.distlint.model.k8s.Container;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.syntax.yaml.YNode;
import java.util.List;
import java.util.Optional;

/** A container that serves traffic without a readiness probe. */
public final class K8sReadinessProbeMissing implements DocumentScoped {
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
          var r = ctx.at(o.range(c.anchor()), "Container '" + c.name() + "' of "
              + Workloads.describe(o) + " " + why + " but has no readinessProbe.");
          if (port != null) {
            probeSkeleton(ctx, o, c, port).ifPresent(r::fix);
          }
          r.emit();
        }
      }
    }
  }

  /**
   * A TCP readiness probe on the traffic port, inserted after the line of the container's first
   * key at that key's indentation; none for a container written in flow style.
   */
  private static Optional<Fix> probeSkeleton(RuleContext ctx, KubeObject o, Container c,
      Container.Port port) {
    String text = ctx.file().text();
    int start = o.range(c.node()).start();
    var lines = ctx.file().lines();
    int line = lines.lineOf(start);
    String lead = text.substring(lines.lineStart(line), start);
    if (!lead.replace("-", " ").isBlank()) {
      return Optional.empty();
    }
    String indent = " ".repeat(lead.length());
    String target = port.number() != null ? port.number().toString() : port.name();
    int end = lines.lineContentEnd(line);
    String nl = text.contains("\r\n") ? "\r\n" : "\n";
    return Optional.of(new Fix("Add a TCP readiness probe on port " + target, List.of(
        new Fix.FileEdit(ctx.file().path(), TextRange.at(end), nl + indent + "readinessProbe:"
            + nl + indent + "  tcpSocket:" + nl + indent + "    port: " + target)), false));
  }
}
