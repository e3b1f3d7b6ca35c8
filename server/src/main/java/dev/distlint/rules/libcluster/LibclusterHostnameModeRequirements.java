package dev.distlint.rules.libcluster;

import dev.distlint.facts.discovery.Strategies;
import dev.distlint.facts.discovery.Setup;
import dev.distlint.facts.discovery.Selectors;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.Severity;
import dev.distlint.facts.Discovery;
import dev.distlint.facts.Topology;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.facts.Fact;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Kubernetes {@code mode: :hostname} without what it relies on: a service name in the config,
 * and StatefulSet pods governed by that Service. The node's own name is checked by
 * {@code release-node-host-mismatch}.
 */
public final class LibclusterHostnameModeRequirements implements Rule {
  @Override
  public String id() {
    return "libcluster-hostname-mode-requirements";
  }

  @Override
  public void check(RuleContext ctx) {
    for (Topology t : Discovery.topologies(ctx.file())) {
      if (isHostnameMode(t) && t.configKnown() && !t.hasConfigKey("kubernetes_service_name")) {
        ctx.report(t.configPair("mode").get().range(), "mode: :hostname builds peer names from"
            + " kubernetes_service_name, which the " + "topology '" + t.name() + "' does not set.");
      }
    }
    for (Selected s : BY_FILE.in(ctx.workspace()).getOrDefault(ctx.file().path(), List.of())) {
      checkWorkload(ctx, s.topology(), s.workload(),
          s.topology().configString("kubernetes_service_name").orElse(null));
    }
  }

  /** A workload a hostname-mode topology selects. */
  private record Selected(Topology topology, KubeObject workload) {
  }

  /** The workloads of prod hostname-mode topologies by file, in topology then workload order. */
  private static final Fact<Map<String, List<Selected>>> BY_FILE =
      Fact.of("hostname-mode-workloads-by-file", LibclusterHostnameModeRequirements::byFile);

  private static Map<String, List<Selected>> byFile(Workspace ws) {
    Map<String, List<Selected>> out = new HashMap<>();
    for (Topology t : Setup.prodTopologies(ws)) {
      if (isHostnameMode(t)) {
        for (KubeObject o : Selectors.workloads(ws, t)) {
          out.computeIfAbsent(o.path(), k -> new ArrayList<>()).add(new Selected(t, o));
        }
      }
    }
    return out;
  }

  private static void checkWorkload(RuleContext ctx, Topology t, KubeObject o, String service) {
    String who = "the Kubernetes topology '" + t.name() + "' (mode: :hostname)";
    if (o.isReplicated() && !o.is("StatefulSet")) {
      ctx.at(o.range(o.root().get("kind")), o.kind() + " '" + o.name() + "' gives its pods no"
          + " stable host names, but " + who + " names peers by host name.")
          .severity(Severity.WARNING)
          .related(t.path(), t.configPair("mode").get().range(), who).emit();
      return;
    }
    YScalar governing = o.spec() == null ? null : o.spec().scalar("serviceName");
    if (o.is("StatefulSet") && service != null && governing != null
        && !service.equals(governing.value())) {
      ctx.at(o.range(governing), "StatefulSet '" + o.name() + "' is governed by Service '"
          + governing.value() + "', but " + who + " builds host names under '" + service + "'.")
          .severity(Severity.WARNING)
          .related(t.path(), t.configPair("kubernetes_service_name").get().range(), who).emit();
    }
  }

  private static boolean isHostnameMode(Topology t) {
    return Strategies.K8S.equals(t.strategy())
        && t.configAtom("mode").filter("hostname"::equals).isPresent();
  }
}
