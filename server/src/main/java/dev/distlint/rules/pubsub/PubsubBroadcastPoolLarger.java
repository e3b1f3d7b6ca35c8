package dev.distlint.rules.pubsub;

import dev.distlint.facts.state.PubSubSpecs;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.syntax.elixir.ExNode;
import java.util.List;
import java.util.OptionalLong;

/** A PubSub child whose broadcast pool is larger than its pool, which the adapter rejects. */
public final class PubsubBroadcastPoolLarger implements Rule {
  @Override
  public String id() {
    return "pubsub-broadcast-pool-larger";
  }

  @Override
  public void check(RuleContext ctx) {
    for (PubSubSpecs.Spec s : PubSubSpecs.of(ctx.file())) {
      ExNode broadcast = s.options().keywordValue("broadcast_pool_size").orElse(null);
      OptionalLong pool = s.poolSize();
      if (broadcast == null || broadcast.asLong().isEmpty() || pool.isEmpty()) {
        continue;
      }
      long b = broadcast.asLong().getAsLong();
      long p = pool.getAsLong();
      if (b > p) {
        boolean written = s.options().keyword("pool_size").isPresent();
        ctx.at(broadcast.range(), "broadcast_pool_size " + b + " is larger than pool_size "
            + p + (written ? "" : " (the default)") + "; the PubSub adapter refuses to start.")
            .fix(new Fix("Set broadcast_pool_size to " + p, List.of(new Fix.FileEdit(
                ctx.file().path(), broadcast.range(), Long.toString(p))), true)).emit();
      }
    }
  }
}
