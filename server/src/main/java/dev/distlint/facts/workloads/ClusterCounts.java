package dev.distlint.facts.workloads;

import dev.distlint.facts.Fact;
import dev.distlint.base.TextRange;
import dev.distlint.facts.BeamWorkloads;
import dev.distlint.facts.Discovery;
import dev.distlint.facts.Libraries;
import dev.distlint.facts.Topology;
import dev.distlint.model.compose.ComposeFile;
import dev.distlint.model.compose.ComposeService;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.toml.TomlTable;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;

/**
 * The node counts a file declares for a full-mesh cluster: replicas of BEAM workloads, the
 * {@code maxReplicas} of autoscalers scaling them, compose {@code deploy.replicas}, Fly's
 * {@code min_machines_running}, and the static host lists of Epmd topologies.
 */
public final class ClusterCounts {
  private static final Fact<Boolean> FULL_MESH =
      Fact.of("full-mesh-discovery", ClusterCounts::computeFullMesh);
  /** One written count. */
  public record Count(String what, long nodes, TextRange range) {
  }

  private ClusterCounts() {
  }

  /** True when nodes join through libcluster or DNSCluster, so every node meshes with all. */
  public static boolean fullMesh(Workspace ws) {
    return FULL_MESH.in(ws);
  }

  public static List<Count> of(ParsedFile f, Workspace ws) {
    List<Count> out = new ArrayList<>();
    for (KubeObject o : KubeObjects.of(f)) {
      YScalar r = o.replicasNode();
      if (o.isReplicated() && r != null && r.asLong() != null
          && BeamWorkloads.isBeam(o)) {
        out.add(new Count(o.kind() + " '" + o.name() + "' replicas", r.asLong(), o.range(r)));
      }
      YMap spec = o.spec();
      YScalar max = spec == null ? null : spec.scalar("maxReplicas");
      if (o.is("HorizontalPodAutoscaler") && max != null && max.asLong() != null
          && scalesBeam(ws, o, spec)) {
        out.add(new Count("HorizontalPodAutoscaler '" + o.name() + "' maxReplicas",
            max.asLong(), o.range(max)));
      }
    }
    for (ComposeService s : ComposeFile.of(f)) {
      Long n = s.replicas();
      if (s.replicasNode() != null && n != null && BeamWorkloads.isBeam(s)) {
        out.add(new Count("service '" + s.name() + "' deploy.replicas", n,
            s.range(s.replicasNode())));
      }
    }
    TomlTable fly = f.view(ReleaseViews.FLY).root();
    fly.entryAt("http_service.min_machines_running").ifPresent(e -> e.value().asLong().ifPresent(
        n -> out.add(new Count("min_machines_running", n, e.value().range()))));
    for (Topology t : Discovery.topologies(f)) {
      if ("Cluster.Strategy.Epmd".equals(t.strategy())
          && t.configValue("hosts").orElse(null) instanceof ExList hosts) {
        out.add(new Count("Epmd topology hosts", hosts.items().size(), hosts.range()));
      }
    }
    return out;
  }

  private static boolean scalesBeam(Workspace ws, KubeObject hpa, YMap spec) {
    YMap ref = spec.map("scaleTargetRef");
    String name = ref == null ? null : ref.string("name");
    for (KubeObject o : KubeObjects.all(ws)) {
      if (name != null && name.equals(o.name()) && o.kind().equals(ref.string("kind"))
          && o.namespace().equals(hpa.namespace())) {
        return BeamWorkloads.isBeam(o);
      }
    }
    return false;
  }

  private static boolean computeFullMesh(Workspace w) {
    if (Libraries.hasDep(w, "partisan")) {
      return false;
    }
    Discovery d = Discovery.of(w);
    return Libraries.hasDep(w, "libcluster") || Libraries.hasDep(w, "dns_cluster")
        || !d.topologies().isEmpty() || !d.dnsClusters().isEmpty();
  }
}
