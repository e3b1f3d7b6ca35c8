package dev.distlint.rules.horde;

import dev.distlint.facts.state.Options;
import dev.distlint.facts.state.HordeSpecs;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import java.util.List;
import java.util.Optional;

/** Random placement without a hop limit on proxied messages. */
public final class HordeRandomDistributionUnboundedTtl implements Rule {
  private static final String RANDOM = "Horde.UniformRandomDistribution";

  @Override
  public String id() {
    return "horde-random-distribution-unbounded-ttl";
  }

  @Override
  public void check(RuleContext ctx) {
    for (HordeSpecs.Spec s : HordeSpecs.of(ctx.file())) {
      if (s.registry() || s.options() == null) {
        continue;
      }
      Optional<ExNode> strategy = s.options().keywordValue("distribution_strategy")
          .filter(v -> v.asAliasName().map(RANDOM::equals).orElse(false));
      if (strategy.isEmpty()) {
        continue;
      }
      Optional<ExPair> ttl = s.options().keyword("proxy_message_ttl");
      String path = ctx.file().path();
      if (ttl.isPresent() && ttl.get().value().asAtomName().map("infinity"::equals).orElse(false)) {
        ExNode v = ttl.get().value();
        ctx.at(v.range(), "proxy_message_ttl :infinity with " + RANDOM + " lets a message bounce"
                + " between nodes that disagree about where its child runs.")
            .fix(new Fix("Set proxy_message_ttl to 5",
                List.of(new Fix.FileEdit(path, v.range(), "5")), false))
            .emit();
      } else if (ttl.isEmpty() && s.complete()) {
        ExNode v = strategy.get();
        ctx.at(v.range(), RANDOM + " without proxy_message_ttl (default :infinity) lets a message"
                + " bounce between nodes that disagree about where its child runs.")
            .fix(new Fix("Add proxy_message_ttl: 5", List.of(Options.insertFirst(path,
                s.options(), "proxy_message_ttl: 5", ctx.file().text())), false))
            .emit();
      }
    }
  }
}
