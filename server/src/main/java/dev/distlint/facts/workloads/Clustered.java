package dev.distlint.facts.workloads;

import dev.distlint.facts.Discovery;
import dev.distlint.workspace.Workspace;

/** Whether the workspace configures cluster discovery, so its release runs as several nodes. */
public final class Clustered {
  private Clustered() {
  }

  /** A short description of the discovery setup ("libcluster", "DNSCluster"), or null. */
  /** Memoised per workspace snapshot: rules ask for it once per file. */
  public static String discovery(Workspace ws) {
    return ws.fact("Clustered.discovery", Clustered::discoveryUncached);
  }

  private static String discoveryUncached(Workspace ws) {
    Discovery d = Discovery.of(ws);
    if (!d.topologies().isEmpty() || !d.clusterSupervisors().isEmpty()) {
      return "libcluster";
    }
    return d.dnsClusters().isEmpty() ? null : "DNSCluster";
  }
}
