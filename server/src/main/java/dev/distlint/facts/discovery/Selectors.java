package dev.distlint.facts.discovery;

import dev.distlint.facts.Topology;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The workloads a libcluster Kubernetes topology's {@code kubernetes_selector} picks out. */
public final class Selectors {
  private Selectors() {
  }

  /**
   * Release workloads whose pod labels match the topology's literal equality selector
   * ({@code "app=chat,tier=web"}), in its namespace when the topology names one. Without a
   * literal selector: every release workload.
   */
  public static List<KubeObject> workloads(Workspace ws, Topology t) {
    Optional<Map<String, String>> selector = t.configString("kubernetes_selector")
        .map(Selectors::parse);
    String ns = t.configString("kubernetes_namespace").orElse(null);
    List<KubeObject> out = new ArrayList<>();
    for (KubeObject o : Setup.releaseWorkloads(ws)) {
      boolean labels = selector.isEmpty() || selector.get() != null
          && selector.get().entrySet().stream()
          .allMatch(e -> e.getValue().equals(o.podLabels().get(e.getKey())));
      if (labels && (ns == null || ns.equals(o.namespace()))) {
        out.add(o);
      }
    }
    return out;
  }

  /** {@code k=v,k2=v2} as a map; null for set-based or malformed selectors. */
  static Map<String, String> parse(String selector) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String part : selector.split(",")) {
      String p = part.trim();
      int eq = p.indexOf('=');
      if (p.isEmpty() || eq <= 0 || p.contains("!=") || p.contains(" in ")) {
        return null;
      }
      out.put(p.substring(0, eq).trim(), p.substring(p.startsWith("==", eq) ? eq + 2 : eq + 1)
          .trim());
    }
    return out.isEmpty() ? null : out;
  }
}
