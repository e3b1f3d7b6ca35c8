package dev.distlint.rules.libcluster;

import dev.distlint.facts.discovery.Topologies;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.facts.Discovery;
import dev.distlint.facts.Topology;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import java.util.Optional;
import java.util.Set;

/**
 * A same-host or multicast strategy (LocalEpmd, Gossip, Epmd on loopback hosts) in config written
 * for production only: {@code config/prod.exs} or a {@code config_env() == :prod} branch.
 */
public final class LibclusterDevStrategyInProd implements Rule {
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1");

  @Override
  public String id() {
    return "libcluster-dev-strategy-in-prod";
  }

  @Override
  public void check(RuleContext ctx) {
    for (Topology t : Discovery.topologies(ctx.file())) {
      if (t.origin() != Topology.Origin.CONFIG || !t.prodOnly() || t.strategy() == null) {
        continue;
      }
      reason(t).ifPresent(why -> ctx.report(t.strategyNode().range(), "Topology '" + t.name()
          + "' in production config uses " + Topologies.shortName(t.strategy()) + ", which "
          + why + "."));
    }
  }

  private static Optional<String> reason(Topology t) {
    switch (t.strategy()) {
      case "Cluster.Strategy.LocalEpmd":
        return Optional.of("only finds nodes on the same host");
      case "Cluster.Strategy.Gossip":
        return Optional.of("relies on UDP multicast that cloud and Kubernetes networks drop");
      case "Cluster.Strategy.Epmd":
        return loopbackOnly(t) ? Optional.of("lists only loopback hosts") : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private static boolean loopbackOnly(Topology t) {
    Optional<ExNode> hosts = t.configValue("hosts");
    if (hosts.isEmpty() || !(hosts.get() instanceof ExList list) || list.items().isEmpty()) {
      return false;
    }
    for (ExNode item : list.items()) {
      Optional<String> name = item.asAtomName();
      if (name.isEmpty() || !name.get().contains("@")
          || !LOOPBACK.contains(name.get().substring(name.get().indexOf('@') + 1))) {
        return false;
      }
    }
    return true;
  }
}
