package dev.distlint.facts.workloads;

import dev.distlint.facts.Fact;
import dev.distlint.facts.Discovery;
import dev.distlint.workspace.Workspace;

/** Whether the workspace configures cluster discovery, so its release runs as several nodes. */
public final class Clustered {
  private static final Fact<String> DISCOVERY =
      Fact.of("clustered.discovery", Clustered::computeDiscovery);
  private Clustered() {
  }

  /** A short description of the discovery setup ("libcluster", "DNSCluster"), or null. */
  public static String discovery(Workspace ws) {
    return DISCOVERY.in(ws);
  }

  private static String computeDiscovery(Workspace ws) {
    Discovery d = Discovery.of(ws);
    if (!d.topologies().isEmpty() || !d.clusterSupervisors().isEmpty()) {
      return "libcluster";
    }
    return d.dnsClusters().isEmpty() ? null : "DNSCluster";
  }
}
