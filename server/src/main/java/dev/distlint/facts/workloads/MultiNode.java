package dev.distlint.facts.workloads;

import dev.distlint.facts.Fact;
import dev.distlint.base.FileKind;
import dev.distlint.model.compose.ComposeFile;
import dev.distlint.model.compose.ComposeService;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.syntax.elixir.view.MixProject;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;

/**
 * Whether the workspace shows that the release runs as more than one node at a time, and
 * where: a workload with several replicas or an autoscaler, compose replicas, a Fly app (Fly
 * deploys two machines by default), or a clustering library among the dependencies.
 */
public final class MultiNode {
  private static final Fact<String> EVIDENCE = Fact.of("multi-node-evidence", MultiNode::find);
  private MultiNode() {
  }

  /** A short description of the evidence, or null when there is none. */
  public static String evidence(Workspace ws) {
    return EVIDENCE.in(ws);
  }

  private static String find(Workspace ws) {
    for (ParsedFile f : ws.filesOf(FileKind.K8S)) {
      for (KubeObject o : KubeObjects.of(f)) {
        Long replicas = o.isWorkload() ? o.replicas() : null;
        if (replicas != null && replicas > 1) {
          return o.kind() + " '" + o.name() + "' runs " + replicas + " replicas";
        }
        if (o.is("HorizontalPodAutoscaler")) {
          return "HorizontalPodAutoscaler '" + o.name() + "' scales the pods";
        }
      }
    }
    for (ParsedFile f : ws.filesOf(FileKind.COMPOSE)) {
      for (ComposeService s : ComposeFile.of(f)) {
        YScalar r = s.node().pathMap("deploy") == null ? null
            : s.node().pathMap("deploy").scalar("replicas");
        if (r != null && r.asLong() != null && r.asLong() > 1) {
          return "service '" + s.name() + "' runs " + r.asLong() + " replicas";
        }
      }
    }
    if (!ws.filesOf(FileKind.FLY).isEmpty()) {
      return "the app deploys to Fly.io";
    }
    for (ParsedFile f : ws.filesOf(FileKind.MIX)) {
      MixProject mix = f.view(ElixirViews.MIX);
      for (String dep : new String[] {"libcluster", "dns_cluster"}) {
        if (mix.dep(dep).isPresent()) {
          return "the nodes form a cluster (" + dep + ")";
        }
      }
    }
    return null;
  }
}
