package dev.distlint.rules.k8s;

import dev.distlint.facts.edits.SpecLine;
import dev.distlint.facts.discovery.DiscoveryServices;
import dev.distlint.base.Fix;
import dev.distlint.lint.DocumentScoped;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.TextRange;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YScalar;
import java.util.List;

/** DNS discovery resolves a Service that has a cluster IP instead of the pod addresses. */
public final class K8sDiscoveryServiceNotHeadless implements DocumentScoped {
  @Override
  public String id() {
    return "k8s-discovery-service-not-headless";
  }

  @Override
  public void check(RuleContext ctx) {
    List<KubeObject> objects = KubeObjects.of(ctx.file());
    if (objects.isEmpty()) {
      return;
    }
    for (KubeObject o : objects) {
      YMap spec = o.spec();
      if (spec == null || "ExternalName".equals(spec.string("type"))) {
        continue;
      }
      YScalar clusterIp = spec.scalar("clusterIP");
      if (clusterIp != null && "None".equals(clusterIp.value())) {
        continue;
      }
      DiscoveryServices.resolving(ctx.workspace(), o).ifPresent(d -> report(ctx, o, d));
    }
  }

  private static void report(RuleContext ctx, KubeObject o, DiscoveryServices d) {
    YMap spec = o.spec();
    YScalar clusterIp = spec.scalar("clusterIP");
    TextRange at = clusterIp != null ? o.range(clusterIp) : o.range(o.root().entry("spec").key());
    String state = clusterIp != null ? "clusterIP is " + clusterIp.value() : "it gets a cluster IP";
    var report = ctx.at(at, "Service '" + o.name() + "' is not headless (" + state + "): "
        + d.who() + " resolves it to one virtual address instead of the pods' addresses.")
        .related(d.path(), d.range(), d.who() + " resolves Service '" + d.service() + "'");
    Fix.FileEdit edit = clusterIp != null
        ? new Fix.FileEdit(ctx.file().path(), at, "None")
        : SpecLine.insert(ctx.file(), o, "clusterIP: None");
    String type = spec.string("type");
    if (edit != null && (type == null || type.equals("ClusterIP"))) {
      report.fix(new Fix("Set clusterIP: None", List.of(edit), false));
    }
    report.emit();
  }
}
