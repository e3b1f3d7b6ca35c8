package dev.distlint.facts.workloads;

import dev.distlint.facts.Fact;
import dev.distlint.base.TextRange;
import dev.distlint.base.FileKind;
import dev.distlint.facts.BeamWorkloads;
import dev.distlint.model.compose.ComposeFile;
import dev.distlint.model.compose.ComposeService;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YNode;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;

/**
 * The BEAM deployment units of a workspace when all of them together run at most one node per
 * platform; empty when there are none, or when any platform runs (or may scale to) more, or
 * when a count is unknown (a templated value, a DaemonSet, a Fly app).
 */
public final class SingleNodeDeployments {
  private static final Fact<List<Unit>> OF =
      Fact.of("single-node-deployments", SingleNodeDeployments::computeOf);
  /** A unit that runs one node. */
  public record Unit(String label, String path, TextRange range) {
  }

  private SingleNodeDeployments() {
  }

  public static List<Unit> of(Workspace ws) {
    return OF.in(ws);
  }

  private static boolean autoscaled(Workspace ws, KubeObject o) {
    for (KubeObject h : KubeObjects.all(ws)) {
      YMap ref = h.spec() == null ? null : h.spec().map("scaleTargetRef");
      if (h.is("HorizontalPodAutoscaler") && ref != null && o.name() != null
          && o.name().equals(ref.string("name")) && o.namespace().equals(h.namespace())) {
        return true;
      }
    }
    return false;
  }

  private static List<Unit> computeOf(Workspace w) {
    if (!w.filesOf(FileKind.FLY).isEmpty()) {
      return List.<Unit>of();
    }
    List<Unit> k8s = new ArrayList<>();
    List<Unit> compose = new ArrayList<>();
    long k8sNodes = 0;
    long composeNodes = 0;
    for (KubeObject o : KubeObjects.all(w)) {
      if (!o.isLongRunning() || !BeamWorkloads.isBeam(o)) {
        continue;
      }
      Long n = o.isReplicated() ? o.replicas() : null;
      k8sNodes += n == null ? 2 : n;
      if (k8sNodes > 1 || autoscaled(w, o)) {
        return List.<Unit>of();
      }
      YScalar r = o.replicasNode();
      k8s.add(new Unit(o.kind() + " '" + o.name() + "'", o.path(),
          r == null ? o.nameRange() : o.range(r)));
    }
    for (ComposeService s : ComposeFile.all(w)) {
      if (!BeamWorkloads.isBeam(s)) {
        continue;
      }
      YNode r = s.replicasNode();
      Long n = s.replicas();
      composeNodes += n == null ? 2 : n;
      if (composeNodes > 1) {
        return List.<Unit>of();
      }
      compose.add(new Unit("compose service '" + s.name() + "'", s.path(),
          s.range(r == null ? s.nameNode() : r)));
    }
    List<Unit> out = new ArrayList<>(k8s);
    out.addAll(compose);
    return List.copyOf(out);
  }
}
