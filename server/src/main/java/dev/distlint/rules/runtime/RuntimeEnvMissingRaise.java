package dev.distlint.rules.runtime;

import dev.distlint.facts.Discovery;
import dev.distlint.facts.Discovery;
import dev.distlint.facts.DnsClusterChild;
import dev.distlint.facts.DnsClusterChild;
import dev.distlint.facts.Topology;
import dev.distlint.facts.Topology;
import dev.distlint.facts.code.EnvReads;
import dev.distlint.knowledge.Grammars;
import dev.distlint.knowledge.StrategySpec;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.ExString;
import dev.distlint.syntax.elixir.view.EnvGuards;
import java.util.Optional;

/**
 * A discovery setting of {@code config/runtime.exs} read with a bare {@code System.get_env("X")}
 * (directly or interpolated), which turns an unset variable into a silent nil: the required keys
 * of libcluster strategies, and the DNSCluster query when the child has no {@code || :ignore}
 * fallback (with the fallback, an unset variable is the documented way to turn discovery off).
 * A read that only runs once the variable is known to be set ({@link EnvGuards}) is not reported.
 */
public final class RuntimeEnvMissingRaise implements Rule {
  @Override
  public String id() {
    return "runtime-env-missing-raise";
  }

  @Override
  public void check(RuleContext ctx) {
    for (Topology t : Discovery.topologies(ctx.file())) {
      Optional<StrategySpec> spec = Grammars.load().libclusterStrategy(t.strategy());
      if (!t.runtime() || spec.isEmpty()) {
        continue;
      }
      for (ExPair p : t.configPairs()) {
        if (spec.get().requiredKeys().contains(p.keyName())) {
          bareRead(p.value()).ifPresent(c -> report(ctx, p.keyName(), c));
        }
      }
    }
    for (DnsClusterChild child : Discovery.of(ctx.workspace()).dnsClusters()) {
      if (child.ignoreFallback()) {
        continue;
      }
      for (DnsClusterChild.ConfiguredQuery q : child.configured()) {
        if (q.runtime() && q.path().equals(ctx.file().path())) {
          bareRead(q.value()).ifPresent(c -> report(ctx, child.envKey(), c));
        }
      }
    }
  }

  private static void report(RuleContext ctx, String key, ExCall read) {
    if (EnvGuards.guarded(ElixirViews.ast(ctx.file()), read, EnvReads.variable(read))) {
      return;
    }
    ctx.report(read.range(), key + " comes from System.get_env(\"" + EnvReads.variable(read)
        + "\"), which is nil when the variable is unset; the node then boots without forming a"
        + " cluster and without an error.");
  }

  /** A one-argument System.get_env, as the whole value or interpolated into a string. */
  private static Optional<ExCall> bareRead(ExNode value) {
    if (isBare(value)) {
      return Optional.of((ExCall) value);
    }
    if (value instanceof ExString s) {
      return s.interpolations().stream().filter(RuntimeEnvMissingRaise::isBare)
          .map(ExCall.class::cast).findFirst();
    }
    return Optional.empty();
  }

  private static boolean isBare(ExNode n) {
    return n instanceof ExCall c && c.name().equals("System.get_env") && c.args().size() == 1;
  }
}
