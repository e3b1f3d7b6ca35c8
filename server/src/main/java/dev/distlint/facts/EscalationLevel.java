package dev.distlint.facts;

import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;

/**
 * The escalation-ladder level the workspace's dependencies put it on, with the evidence: 0 (one
 * node), 1 (stateless multi-node), 2 (lightweight distributed state), 3 (consensus), 4
 * (eventual consistency with CRDTs), 5 (large scale, partial mesh).
 */
public record EscalationLevel(int level, String name, List<String> evidence) {
  /**
   * Nodes a Distributed Erlang full mesh serves well; above it, each node's connection and tick
   * traffic grows with the square of the cluster and an overlay (Partisan) is worth its cost.
   */
  public static final long FULL_MESH_NODES = 50;
  private static final String[] NAMES = {"Don't distribute", "Stateless multi-node",
      "Lightweight distributed state", "Consensus (CP)", "Eventual consistency (AP)",
      "Large scale / multi-DC"};

  public static EscalationLevel detect(Workspace ws, long maxNodes) {
    List<String> evidence = new ArrayList<>();
    int level = 0;
    for (ParsedFile f : ElixirViews.mixFiles(ws)) {
      var mix = f.view(ElixirViews.MIX);
      level = Math.max(level, dep(mix, "libcluster", 1, evidence));
      level = Math.max(level, dep(mix, "dns_cluster", 1, evidence));
      level = Math.max(level, dep(mix, "horde", 2, evidence));
      level = Math.max(level, dep(mix, "swarm", 2, evidence));
      level = Math.max(level, dep(mix, "ra", 3, evidence));
      level = Math.max(level, dep(mix, "delta_crdt", 4, evidence));
      level = Math.max(level, dep(mix, "groot", 4, evidence));
      level = Math.max(level, dep(mix, "partisan", 5, evidence));
    }
    if (maxNodes > FULL_MESH_NODES) {
      evidence.add("up to " + maxNodes + " nodes (level 5 above "
          + FULL_MESH_NODES + ")");
      level = 5;
    }
    if (evidence.isEmpty()) {
      evidence.add("no clustering or distributed-state dependency in mix.exs");
    }
    return new EscalationLevel(level, NAMES[level], List.copyOf(evidence));
  }

  private static int dep(dev.distlint.syntax.elixir.view.MixProject mix, String name, int lvl,
      List<String> evidence) {
    var d = mix.dep(name);
    if (d.isPresent() && d.get().isFor("prod")) {
      evidence.add("`:" + name + "` in mix.exs deps (level " + lvl + ")");
      return lvl;
    }
    return 0;
  }
}
