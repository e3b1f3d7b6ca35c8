package dev.distlint.rules.pubsub;

import dev.distlint.facts.state.PubSubSpecs;
import dev.distlint.facts.state.Options;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.TextRange;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.ExWalker;
import dev.distlint.syntax.elixir.view.ConfigCall;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A PubSub pool size that can differ between the nodes of one cluster: derived from the machine,
 * or written differently by two applications that start the same PubSub server.
 */
public final class PubsubPoolSizeNotUniform implements Rule {
  @Override
  public String id() {
    return "pubsub-pool-size-not-uniform";
  }

  @Override
  public void check(RuleContext ctx) {
    for (PubSubSpecs.Spec s : PubSubSpecs.of(ctx.file())) {
      Optional<ExPair> pool = s.options().keyword("pool_size");
      pool.flatMap(p -> Options.machineDependent(p.value()))
          .ifPresent(call -> reportMachine(ctx, pool.get(), call));
      if (pool.isEmpty() || pool.get().value().asLong().isPresent()) {
        compareWithOthers(ctx, s);
      }
    }
    for (ConfigCall c : ElixirViews.config(ctx.file()).calls()) {
      ExWalker.walk(c.options(), (node, path) -> {
        if (node instanceof ExPair p && p.keyName() != null && isPubSubPool(c, p)) {
          Options.machineDependent(p.value()).ifPresent(call -> reportMachine(ctx, p, call));
        }
        return true;
      });
    }
  }

  /** {@code pubsub_pool_size:}, or {@code pool_size:} in config for a PubSub module or key. */
  private static boolean isPubSubPool(ConfigCall c, ExPair p) {
    String key = p.keyName().toLowerCase(Locale.ROOT);
    if (!key.endsWith("pool_size")) {
      return false;
    }
    String owner = (c.module() != null ? c.module() : "") + " " + (c.key() != null ? c.key() : "")
        + " " + key;
    return owner.toLowerCase(Locale.ROOT).contains("pubsub");
  }

  private static void reportMachine(RuleContext ctx, ExPair pool, ExCall call) {
    ctx.report(pool.value().range(), pool.keyName() + " depends on " + call.name()
        + ", so nodes on machines with different core counts shard PubSub messages differently"
        + " and lose each other's broadcasts.");
  }

  /** Another application file starting the same server with a different literal pool size. */
  private static void compareWithOthers(RuleContext ctx, PubSubSpecs.Spec s) {
    Optional<String> name = s.name();
    OptionalLong size = s.poolSize();
    if (name.isEmpty() || size.isEmpty()) {
      return;
    }
    for (PubSubSpecs.Spec other : PubSubSpecs.all(ctx.workspace())) {
      OptionalLong otherSize = other.poolSize();
      if (other.path().equals(s.path()) || !other.name().equals(name) || otherSize.isEmpty()
          || otherSize.getAsLong() == size.getAsLong()) {
        continue;
      }
      ExNode at = s.options().keywordValue("pool_size").orElse(null);
      TextRange range = at != null ? at.range() : s.child().range();
      ExNode otherAt = other.options().keywordValue("pool_size").orElse(null);
      TextRange otherRange = otherAt != null ? otherAt.range() : other.child().range();
      ctx.at(range, name.get() + " has pool_size " + size.getAsLong() + " here and "
              + otherSize.getAsLong() + " in " + other.path()
              + "; nodes of the two applications lose each other's broadcasts.")
          .related(other.path(), otherRange, name.get() + " with pool_size "
              + otherSize.getAsLong())
          .emit();
      return;
    }
  }
}
