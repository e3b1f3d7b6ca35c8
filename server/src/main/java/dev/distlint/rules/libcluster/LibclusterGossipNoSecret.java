package dev.distlint.rules.libcluster;

import dev.distlint.facts.discovery.Topologies;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.facts.Discovery;
import dev.distlint.facts.Topology;
import dev.distlint.facts.Discovery;
import dev.distlint.facts.Topology;
import java.util.List;
import java.util.Optional;

/** A Gossip topology without {@code secret:} in config that applies beyond dev and test. */
public final class LibclusterGossipNoSecret implements Rule {
  @Override
  public String id() {
    return "libcluster-gossip-no-secret";
  }

  /** The variable the fix reads the secret from. */
  static final String SECRET_VARIABLE = "CLUSTER_GOSSIP_SECRET";

  @Override
  public void check(RuleContext ctx) {
    for (Topology t : Discovery.topologies(ctx.file())) {
      if (t.origin() != Topology.Origin.CONFIG || t.devOrTestOnly()
          || !"Cluster.Strategy.Gossip".equals(t.strategy()) || !t.configKnown()) {
        continue;
      }
      boolean nil = t.configAtom("secret").filter("nil"::equals).isPresent();
      if (!t.hasConfigKey("secret") || nil) {
        var r = ctx.at(t.strategyNode().range(), "Gossip topology '" + t.name() + "' has "
            + (nil ? "a nil secret" : "no secret") + ": its heartbeats are sent in plain text"
            + " and any node on the multicast segment is accepted.");
        secretFix(ctx, t, nil).ifPresent(r::fix);
        r.emit();
      }
    }
  }

  /** The secret read from the environment at boot, replacing nil or added to the config list. */
  private static Optional<Fix> secretFix(RuleContext ctx, Topology t, boolean nil) {
    String value = "System.fetch_env!(\"" + SECRET_VARIABLE + "\")";
    String title = "Read the secret from " + SECRET_VARIABLE;
    if (nil) {
      return t.configValue("secret").map(v -> new Fix(title, List.of(
          new Fix.FileEdit(ctx.file().path(), v.range(), value)), false));
    }
    if (t.config() == null) {
      return Optional.empty();
    }
    String sep = Topologies.separator(ctx.file(), t.config());
    return Topologies.appendPoint(t.config()).map(at -> new Fix(title, List.of(
        new Fix.FileEdit(ctx.file().path(), at, sep + "secret: " + value)), false));
  }
}
