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
import java.util.Set;

/** A Horde supervisor whose placement keeps running a child on both sides of a netsplit. */
public final class HordeSingletonDuplicatesInNetsplit implements Rule {
  private static final String QUORUM = "Horde.UniformQuorumDistribution";
  private static final Set<String> AVAILABLE_SIDES =
      Set.of("Horde.UniformDistribution", "Horde.UniformRandomDistribution");

  @Override
  public String id() {
    return "horde-singleton-duplicates-in-netsplit";
  }

  @Override
  public void check(RuleContext ctx) {
    for (HordeSpecs.Spec s : HordeSpecs.of(ctx.file())) {
      if (s.registry() || s.options() == null) {
        continue;
      }
      Optional<ExPair> strategy = s.options().keyword("distribution_strategy");
      if (strategy.isPresent()) {
        ExNode v = strategy.get().value();
        v.asAliasName().filter(AVAILABLE_SIDES::contains).ifPresent(name -> ctx.at(v.range(),
            "With " + name + " each side of a netsplit keeps running its own copy of every child"
                + " until the partition heals.")
            .fix(new Fix("Use " + QUORUM,
                List.of(new Fix.FileEdit(ctx.file().path(), v.range(), QUORUM)), false))
            .emit());
      } else if (s.complete()) {
        ctx.at(s.anchor(), "Horde.DynamicSupervisor uses Horde.UniformDistribution by default:"
                + " each side of a netsplit keeps running its own copy of every child until the"
                + " partition heals.")
            .fix(new Fix("Add distribution_strategy: " + QUORUM, List.of(Options.insertFirst(
                ctx.file().path(), s.options(), "distribution_strategy: " + QUORUM,
                ctx.file().text())), false))
            .emit();
      }
    }
  }
}
