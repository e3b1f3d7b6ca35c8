package dev.distlint.rules.ra;

import dev.distlint.knowledge.Context;
import dev.distlint.knowledge.Grammars;
import dev.distlint.knowledge.NotKey;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.view.ConfigCall;
import java.util.List;
import java.util.Optional;

/** A {@code config :ra} key that ra never reads. */
public final class RaUnknownAppEnvKey implements Rule {
  @Override
  public String id() {
    return "ra-unknown-app-env-key";
  }

  @Override
  public void check(RuleContext ctx) {
    Grammars g = Grammars.load();
    Optional<Context> env = g.context("ra", "app_env");
    if (env.isEmpty()) {
      return;
    }
    for (ConfigCall c : ElixirViews.config(ctx.file()).forApp("ra")) {
      if (c.module() != null) {
        continue;
      }
      for (ExPair p : c.options().pairs()) {
        String key = p.keyName();
        if (key != null && env.get().key(key).isEmpty()) {
          report(ctx, g, env.get(), p, key);
        }
      }
    }
  }

  private static void report(RuleContext ctx, Grammars g, Context env, ExPair p, String key) {
    Optional<NotKey> not = env.notKey(key);
    if (not.isPresent()) {
      ctx.report(p.keyRange(), key + " is not a config :ra setting. "
          + not.get().reason().trim());
      return;
    }
    Optional<String> guess = g.didYouMean(key, env.keyNames());
    RuleContext.Report r = ctx.at(p.keyRange(), "ra has no application setting " + key
        + "; the key is ignored." + guess.map(s -> " Did you mean " + s + "?").orElse(""));
    guess.ifPresent(s -> r.fix(new Fix("Rename to " + s,
        List.of(new Fix.FileEdit(ctx.file().path(), p.keyRange(), s)), false)));
    r.emit();
  }
}
