package dev.distlint.rules.libcluster;

import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.facts.Discovery;
import dev.distlint.facts.Topology;
import dev.distlint.syntax.elixir.ExPair;
import java.util.OptionalLong;

/** A literal {@code polling_interval} far outside the usual 1 to 60 seconds. */
public final class LibclusterPollingIntervalExtreme implements Rule {

  @Override
  public String id() {
    return "libcluster-polling-interval-extreme";
  }

  @Override
  public void check(RuleContext ctx) {
    for (Topology t : Discovery.topologies(ctx.file())) {
      ExPair pair = t.configPair("polling_interval").orElse(null);
      OptionalLong ms = pair == null ? OptionalLong.empty() : ElixirViews.integer(ctx.file(), pair.value());
      if (ms.isEmpty()) {
        continue;
      }
      long v = ms.getAsLong();
      if (v < ctx.params().longValue("min-ms")) {
        ctx.report(pair.value().range(), "polling_interval of " + v + " ms makes every node query"
            + " discovery " + (v <= 0 ? "continuously" : "more than once a second") + ".");
      } else if (v > ctx.params().longValue("max-ms")) {
        ctx.report(pair.value().range(), "polling_interval of " + v + " ms leaves new nodes"
            + " outside the cluster for up to " + (v / 1000) + " s.");
      }
    }
  }
}
