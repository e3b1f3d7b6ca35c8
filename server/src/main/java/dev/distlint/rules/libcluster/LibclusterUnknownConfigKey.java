package dev.distlint.rules.libcluster;

import dev.distlint.facts.discovery.Topologies;
import dev.distlint.knowledge.Grammars;
import dev.distlint.knowledge.NotKey;
import dev.distlint.knowledge.StrategySpec;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.facts.Discovery;
import dev.distlint.facts.Topology;
import dev.distlint.syntax.elixir.ExPair;
import java.util.List;
import java.util.Optional;

/**
 * A key under a topology's {@code config:} that its strategy never reads. Only strategies whose
 * key list the grammar marks complete are checked.
 */
public final class LibclusterUnknownConfigKey implements Rule {
  @Override
  public String id() {
    return "libcluster-unknown-config-key";
  }

  @Override
  public void check(RuleContext ctx) {
    Grammars grammars = Grammars.load();
    for (Topology t : Discovery.topologies(ctx.file())) {
      Optional<StrategySpec> spec = Topologies.spec(t);
      if (spec.isEmpty() || !spec.get().keysComplete()) {
        continue;
      }
      List<String> known = spec.get().knownKeys();
      for (ExPair pair : t.configPairs()) {
        String key = pair.keyName();
        if (key == null || known.contains(key)) {
          continue;
        }
        String strategy = Topologies.shortName(t.strategy());
        Optional<String> suggestion = grammars.didYouMean(key, known);
        Optional<NotKey> notKey = spec.get().context().notKey(key);
        String msg = strategy + " does not read '" + key + "'; the key is ignored"
            + suggestion.map(s -> ". Did you mean '" + s + "'?").orElse(".")
            + notKey.map(n -> " " + n.reason().strip()).orElse("");
        RuleContext.Report r = ctx.at(pair.keyRange(), msg);
        suggestion.ifPresent(s -> r.fix(new Fix("Rename to '" + s + "'", List.of(
            new Fix.FileEdit(ctx.file().path(), pair.keyRange(), s)), false)));
        r.emit();
      }
    }
  }
}
