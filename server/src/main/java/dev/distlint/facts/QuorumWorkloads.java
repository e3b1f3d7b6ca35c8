package dev.distlint.facts;

import dev.distlint.base.TextRange;
import dev.distlint.model.compose.ComposeFile;
import dev.distlint.model.compose.ComposeService;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.syntax.yaml.YNode;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;

/**
 * The deployment units that host quorum members when the workspace runs a quorum group (see
 * {@link Libraries#usesQuorum}): Kubernetes Deployments and StatefulSets of BEAM nodes, and
 * compose services of BEAM nodes. Each comes with its replica count and where that count is
 * written, so rules about member counts can report on the number itself.
 */
public final class QuorumWorkloads {
  private static final Fact<List<Host>> OF = Fact.of("quorum-workloads", QuorumWorkloads::computeOf);
  private QuorumWorkloads() {
  }

  /**
   * One deployment unit hosting members.
   *
   * @param platform "Kubernetes" or "compose"
   * @param label "StatefulSet 'ledger'", "service 'node1'"
   * @param replicas the replica count, the platform default 1 when unset, null when not a literal
   * @param replicasRange the written count, or the unit's name when the default applies
   * @param explicit whether the count is written
   * @param workload the Kubernetes object, or null for a compose service
   * @param service the compose service, or null for a Kubernetes workload
   */
  public record Host(String platform, String label, String path, Long replicas,
      TextRange replicasRange, boolean explicit, KubeObject workload, ComposeService service) {
  }

  /** The hosts of quorum members, in file order; empty when no quorum group runs. */
  public static List<Host> of(Workspace ws) {
    return OF.in(ws);
  }

  private static List<Host> computeOf(Workspace w) {
    if (!Libraries.usesQuorum(w)) {
      return List.<Host>of();
    }
    List<Host> out = new ArrayList<>();
    for (KubeObject o : KubeObjects.all(w)) {
      if (o.isReplicated() && BeamWorkloads.isBeam(o)) {
        YScalar r = o.replicasNode();
        out.add(new Host("Kubernetes", o.kind() + " '" + o.name() + "'", o.path(), o.replicas(),
            r == null ? o.nameRange() : o.range(r), r != null, o, null));
      }
    }
    for (ComposeService s : ComposeFile.all(w)) {
      if (BeamWorkloads.isBeam(s)) {
        YNode r = s.replicasNode();
        out.add(new Host("compose", "service '" + s.name() + "'", s.path(), s.replicas(),
            s.range(r == null ? s.nameNode() : r), r != null, null, s));
      }
    }
    return List.copyOf(out);
  }
}
