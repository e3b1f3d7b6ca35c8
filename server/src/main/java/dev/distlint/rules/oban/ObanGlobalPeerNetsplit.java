package dev.distlint.rules.oban;

import dev.distlint.facts.oban.ObanConfigs;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExTuple;
import dev.distlint.syntax.elixir.view.ConfigCall;
import java.util.Optional;

/** Oban leadership through {@code :global}, which elects one leader per side of a netsplit. */
public final class ObanGlobalPeerNetsplit implements Rule {
  static final String GLOBAL = "Oban.Peers.Global";

  @Override
  public String id() {
    return "oban-global-peer-netsplit";
  }

  @Override
  public void check(RuleContext ctx) {
    for (ConfigCall c : ObanConfigs.in(ctx.file())) {
      c.get("peer").flatMap(ObanGlobalPeerNetsplit::peerModule)
          .filter(m -> m.asAliasName().orElse("").equals(GLOBAL))
          .ifPresent(m -> ctx.report(m.range(), c.module() + " of :" + c.app()
              + " elects its leader with Oban.Peers.Global: during a netsplit each side can "
              + "have a leader, and cron jobs can be inserted on both."));
    }
  }

  private static Optional<ExNode> peerModule(ExNode peer) {
    if (peer instanceof ExTuple t && !t.items().isEmpty()) {
      return Optional.of(t.items().get(0));
    }
    return Optional.of(peer);
  }
}
