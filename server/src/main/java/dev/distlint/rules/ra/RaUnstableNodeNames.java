package dev.distlint.rules.ra;

import dev.distlint.facts.Fact;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.FileKind;
import dev.distlint.facts.Libraries;
import dev.distlint.facts.QuorumWorkloads;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.envsh.EnvAssignment;
import dev.distlint.syntax.envsh.Expansion;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.Optional;
import java.util.Set;

/** ra members whose node name changes when the node restarts. */
public final class RaUnstableNodeNames implements Rule {
  private static final Fact<Boolean> FIXED_OR_REPORTED =
      Fact.of("release-node-fixed-or-per-boot", RaUnstableNodeNames::computeFixedOrReported);
  /** Variables whose value changes on a restart, reschedule or deploy. */
  static final Set<String> PER_BOOT = Set.of("POD_IP", "POD_A_RECORD", "FLY_IMAGE_REF",
      "FLY_PRIVATE_IP", "FLY_ALLOC_ID", "RANDOM");

  @Override
  public String id() {
    return "ra-unstable-node-names";
  }

  @Override
  public void check(RuleContext ctx) {
    Workspace ws = ctx.workspace();
    Optional<Libraries.Dep> ra = Libraries.prodDep(ws, "ra");
    if (ra.isEmpty()) {
      return;
    }
    if (ctx.file().kind() == FileKind.ENVSH) {
      releaseNode(ctx.file()).ifPresent(a -> perBoot(a).ifPresent(what ->
          ctx.at(a.valueRange(), "RELEASE_NODE is built from " + what
                  + ", which changes when the node restarts; ra knows its members by node name.")
              .related(ra.get().path(), ra.get().dep().range(), "ra is a dependency")
              .emit()));
    } else if (ctx.file().kind() == FileKind.K8S) {
      for (QuorumWorkloads.Host h : QuorumWorkloads.of(ws)) {
        KubeObject w = h.workload();
        YScalar kind = w == null ? null : w.root().scalar("kind");
        if (w != null && !w.is("StatefulSet") && h.path().equals(ctx.file().path()) && kind != null
            && (h.replicas() == null || h.replicas() > 0) && !fixedOrReported(ws)) {
          ctx.at(w.range(kind), h.label() + " gives its pods a new name on every restart;"
                  + " ra knows its members by node name.")
              .related(ra.get().path(), ra.get().dep().range(), "ra is a dependency")
              .emit();
        }
      }
    }
  }

  private static Optional<EnvAssignment> releaseNode(ParsedFile f) {
    return f.view(ReleaseViews.ENV_SH).last("RELEASE_NODE");
  }

  /** The first per-boot part of the value, as written. */
  private static Optional<String> perBoot(EnvAssignment a) {
    for (Expansion e : a.expansions()) {
      if (e.variable() != null && PER_BOOT.contains(e.variable())
          || e.isCommand() && e.command().matches(".*\\b(hostname\\s+-[iI]|date|uuidgen|ip\\s).*")) {
        return Optional.of(e.variable() != null ? "$" + e.variable() : "$(" + e.command() + ")");
      }
    }
    return Optional.empty();
  }

  /**
   * Whether RELEASE_NODE is a fixed name (no expansion at all) or is already reported for a
   * per-boot part, so a Deployment adds nothing.
   */
  private static boolean fixedOrReported(Workspace ws) {
    return FIXED_OR_REPORTED.in(ws);
  }

  private static boolean computeFixedOrReported(Workspace w) {
    for (ParsedFile f : w.filesOf(FileKind.ENVSH)) {
      Optional<EnvAssignment> a = releaseNode(f);
      if (a.isPresent() && (a.get().expansions().isEmpty() || perBoot(a.get()).isPresent())) {
        return true;
      }
    }
    return false;
  }
}
