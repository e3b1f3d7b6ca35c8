package dev.distlint.rules.ladder;

import dev.distlint.facts.EscalationLevel;
import dev.distlint.facts.workloads.ClusterCounts;
import dev.distlint.facts.Fact;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.FileKind;
import dev.distlint.facts.BeamWorkloads;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.syntax.elixir.view.ConfigCall;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.workspace.Workspace;
import java.util.List;

/**
 * Partisan configured for a cluster that the workspace's manifests cap at 50 nodes or fewer.
 * Decided only when every count is known: BEAM workloads with literal replicas, autoscalers with
 * a literal maxReplicas, and no platform whose node count the files do not state (Fly.io).
 */
public final class LadderOverEscalation implements Rule {
  private static final Fact<Long> MAX_NODES =
      Fact.of("ladder-over-escalation.max-nodes", LadderOverEscalation::computeMaxNodes);
  private static final long PARTISAN_ABOVE = EscalationLevel.FULL_MESH_NODES;

  @Override
  public String id() {
    return "ladder-over-escalation";
  }

  @Override
  public void check(RuleContext ctx) {
    List<ConfigCall> partisan = ElixirViews.config(ctx.file()).forApp("partisan");
    if (partisan.isEmpty()) {
      return;
    }
    Long max = maxNodes(ctx.workspace());
    if (max == null || max > PARTISAN_ABOVE) {
      return;
    }
    ConfigCall first = partisan.get(0);
    ctx.report(first.call().args().get(0).range(), "Partisan is configured, but the manifests run"
        + " at most " + max + " node" + (max == 1 ? "" : "s") + "; Distributed Erlang's full"
        + " mesh serves up to about " + PARTISAN_ABOVE + ".");
  }

  /** The largest node count the manifests allow, or null when any count is unknown. */
  private static Long maxNodes(Workspace ws) {
    return MAX_NODES.in(ws);
  }

  private static Long computeMaxNodes(Workspace ws) {
    if (!ws.filesOf(FileKind.FLY).isEmpty()) {
      return null;
    }
    long max = 0;
    boolean seen = false;
    for (KubeObject o : KubeObjects.all(ws)) {
      Long n;
      if (o.is("HorizontalPodAutoscaler")) {
        YScalar m = o.spec() == null ? null : o.spec().scalar("maxReplicas");
        n = m == null ? null : m.asLong();
      } else if (o.isWorkload() && BeamWorkloads.isBeam(o)) {
        n = o.replicas();
      } else {
        continue;
      }
      if (n == null) {
        return null;
      }
      max = Math.max(max, n);
      seen = true;
    }
    return seen ? max : null;
  }
}
