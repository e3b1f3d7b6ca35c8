package dev.distlint.rules.no;

import dev.distlint.workspace.Workspace;
import dev.distlint.facts.Fact;
import dev.distlint.facts.code.MixDeps;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.compose.ComposeFile;
import dev.distlint.model.compose.ComposeService;
import dev.distlint.facts.code.PgCalls;
import dev.distlint.facts.code.GlobalUsers;
import dev.distlint.syntax.elixir.view.MixDependency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A project built on partition-sensitive state (ra, Horde, delta_crdt, :global, :pg) with no
 * tool to cut the network between test nodes.
 */
public final class NoPartitionTestTooling implements Rule {
  private static final Fact<Boolean> TOXIPROXY =
      Fact.of("toxiproxy-service", NoPartitionTestTooling::findToxiproxy);
  private static final List<String> STATE_DEPS = List.of("ra", "horde", "delta_crdt");
  private static final Set<String> TOOLING = Set.of("schism", "local_cluster", "toxiproxy_ex");

  @Override
  public String id() {
    return "no-partition-test-tooling";
  }

  @Override
  public void check(RuleContext ctx) {
    if (MixDeps.any(ctx.workspace(), TOOLING).isPresent() || hasToxiproxy(ctx)) {
      return;
    }
    String user = stateUser(ctx);
    if (user == null) {
      return;
    }
    MixDeps.projectAnchor(ctx.workspace(), ctx.file()).ifPresent(r -> ctx.report(r, "The project relies on " + user
        + ", whose behaviour in a network partition no test can exercise: no :schism or"
        + " :local_cluster dependency and no toxiproxy service."));
  }

  private static String stateUser(RuleContext ctx) {
    Optional<MixDependency> dep = MixDeps.any(ctx.workspace(), STATE_DEPS);
    if (dep.isPresent()) {
      return ":" + dep.get().name();
    }
    String global = GlobalUsers.firstUse(ctx.workspace());
    if (global != null) {
      return ":global (" + global + ")";
    }
    String pg = PgCalls.firstUse(ctx.workspace());
    return pg == null ? null : ":pg (" + pg + ")";
  }

  private static boolean hasToxiproxy(RuleContext ctx) {
    return TOXIPROXY.in(ctx.workspace());
  }

  private static boolean findToxiproxy(Workspace ws) {
    for (ComposeService s : ComposeFile.all(ws)) {
      String image = s.image() == null ? "" : s.image().toLowerCase(Locale.ROOT);
      if (image.contains("toxiproxy") || s.name().toLowerCase(Locale.ROOT).contains("toxiproxy")) {
        return true;
      }
    }
    return false;
  }
}
