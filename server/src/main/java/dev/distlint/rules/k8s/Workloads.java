package dev.distlint.rules.k8s;

import dev.distlint.model.cluster.DistPorts;
import dev.distlint.model.k8s.Container;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;

/** Shared questions the Kubernetes rules ask about workloads and the Services around them. */
final class Workloads {
  private Workloads() {
  }

  static String describe(KubeObject o) {
    return o.kind() + " '" + (o.name() == null ? "?" : o.name()) + "'";
  }

  static boolean isDeploymentOrStatefulSet(KubeObject o) {
    return o.is("Deployment") || o.is("StatefulSet");
  }

  /** Services of the same namespace whose selector matches the workload's pod labels. */
  static List<KubeObject> servicesSelecting(Workspace ws, KubeObject workload) {
    List<KubeObject> out = new ArrayList<>();
    var labels = workload.podLabels();
    for (KubeObject s : KubeObjects.all(ws)) {
      YMap spec = s.spec();
      if (s.is("Service") && spec != null && s.namespace().equals(workload.namespace())
          && KubeObjects.selects(spec.map("selector"), labels, true)) {
        out.add(s);
      }
    }
    return out;
  }

  /** The first container port that is not a distribution or UDP port, or null. */
  static Container.Port trafficPort(Workspace ws, Container c) {
    for (Container.Port p : c.ports()) {
      boolean udp = p.protocol() != null && p.protocol().equalsIgnoreCase("UDP");
      boolean dist = p.number() != null && DistPorts.isDistribution(ws, p.number())
          || p.name() != null && (p.name().contains("epmd") || p.name().contains("dist"));
      if (!udp && !dist) {
        return p;
      }
    }
    return null;
  }
}
