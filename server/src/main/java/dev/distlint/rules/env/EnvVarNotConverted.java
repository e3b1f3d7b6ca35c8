package dev.distlint.rules.env;

import dev.distlint.facts.code.EnvReads;
import dev.distlint.knowledge.KeySpec;
import dev.distlint.knowledge.StrategySpec;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.facts.Discovery;
import dev.distlint.facts.Topology;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.knowledge.Grammars;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.view.ConfigCall;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An integer setting assigned a raw environment string: an integer key of a libcluster strategy
 * (from the grammar), or {@code pool_size} / {@code shutdown_grace_period} in any config call.
 */
public final class EnvVarNotConverted implements Rule {
  private static final Set<String> ANY_CONFIG = Set.of("pool_size", "shutdown_grace_period");

  @Override
  public String id() {
    return "env-var-not-converted";
  }

  @Override
  public void check(RuleContext ctx) {
    for (Topology t : Discovery.topologies(ctx.file())) {
      Optional<StrategySpec> spec = Grammars.load().libclusterStrategy(t.strategy());
      for (ExPair p : t.configPairs()) {
        boolean integer = spec.flatMap(s -> s.key(p.keyName())).map(KeySpec::types)
            .filter(types -> types.size() == 1 && types.contains("integer")).isPresent();
        if (integer) {
          check(ctx, p);
        }
      }
    }
    for (ConfigCall c : ElixirViews.config(ctx.file()).calls()) {
      for (ExPair p : c.options().pairs()) {
        if (ANY_CONFIG.contains(p.keyName())) {
          check(ctx, p);
        }
      }
    }
  }

  private static void check(RuleContext ctx, ExPair p) {
    Optional<ExCall> read = EnvReads.rawRead(p.value());
    if (read.isEmpty()) {
      return;
    }
    ExNode value = p.value();
    String text = ctx.file().slice(value.range());
    ctx.at(value.range(), p.keyName() + " expects an integer, but " + read.get().name() + "(\""
            + EnvReads.variable(read.get()) + "\") returns a string.")
        .fix(new Fix("Wrap in String.to_integer/1", List.of(new Fix.FileEdit(ctx.file().path(),
            value.range(), "String.to_integer(" + text + ")")), false))
        .emit();
  }
}
