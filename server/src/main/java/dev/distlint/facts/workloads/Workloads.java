package dev.distlint.facts.workloads;

import dev.distlint.facts.Fact;
import dev.distlint.facts.DistPorts;
import dev.distlint.model.k8s.Container;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Shared questions the Kubernetes rules ask about workloads and the Services around them. */
public final class Workloads {
  private static final Fact<Map<String, List<KubeObject>>> INDEX_SERVICES =
      Fact.of("workloads.index-services", Workloads::computeIndexServices);

  private Workloads() {
  }

  public static String describe(KubeObject o) {
    return o.kind() + " '" + (o.name() == null ? "?" : o.name()) + "'";
  }

  /** Services of the same namespace whose selector matches the workload's pod labels. */
  public static List<KubeObject> servicesSelecting(Workspace ws, KubeObject workload) {
    List<KubeObject> out = new ArrayList<>();
    var labels = workload.podLabels();
    Map<String, List<KubeObject>> index = indexServices(ws);
    for (var label : labels.entrySet()) {
      for (KubeObject s : index.getOrDefault(indexKey(workload.namespace(), label.getKey(),
          label.getValue()), List.of())) {
        if (KubeObjects.selects(s.spec().map("selector"), labels, true)) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /**
   * Services by namespace and the first label of their selector: a Service selects a workload
   * only if that label is among the pod labels, so looking a workload's labels up here replaces
   * a scan of every Service for every workload (quadratic on large repositories).
   */
  private static Map<String, List<KubeObject>> indexServices(Workspace ws) {
    return INDEX_SERVICES.in(ws);
  }

  private static Map<String, List<KubeObject>> computeIndexServices(Workspace ws) {
    Map<String, List<KubeObject>> index = new HashMap<>();
    for (KubeObject s : KubeObjects.all(ws)) {
      YMap spec = s.spec();
      YMap selector = spec == null ? null : spec.map("selector");
      if (!s.is("Service") || selector == null) {
        continue;
      }
      var first = KubeObject.stringMap(selector).entrySet().stream().findFirst();
      first.ifPresent(e -> index.computeIfAbsent(indexKey(s.namespace(), e.getKey(),
          e.getValue()), k -> new ArrayList<>()).add(s));
    }
    return index;
  }

  private static String indexKey(String namespace, String key, String value) {
    return namespace + '\u0000' + key + '\u0000' + value;
  }

  /** The first container port that is not a distribution or UDP port, or null. */
  public static Container.Port trafficPort(Workspace ws, Container c) {
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
