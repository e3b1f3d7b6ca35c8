package dev.distlint.rules.oban;

import dev.distlint.facts.oban.Versions;
import dev.distlint.facts.oban.ObanConfigs;
import dev.distlint.base.Fix;
import dev.distlint.facts.NearestFile;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.FileKind;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.knowledge.Grammars;
import dev.distlint.knowledge.KeySpec;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExTuple;
import dev.distlint.syntax.elixir.view.ConfigCall;
import dev.distlint.documents.ParsedFile;
import java.util.List;
import java.util.Optional;

/**
 * Old Oban plugin and peer names, reported only when the locked Oban version has the new name
 * (the {@code since} of the new name in the Oban grammar).
 */
public final class ObanDeprecatedCronPlugin implements Rule {
  @Override
  public String id() {
    return "oban-deprecated-cron-plugin";
  }

  @Override
  public void check(RuleContext ctx) {
    String locked = lockedOban(ctx);
    if (locked == null) {
      return;
    }
    for (ConfigCall c : ObanConfigs.in(ctx.file())) {
      c.get("plugins").filter(ExList.class::isInstance).map(ExList.class::cast).ifPresent(
          plugins -> plugins.items().forEach(p -> check(ctx, moduleOf(p), "plugins", locked)));
      c.get("peer").ifPresent(p -> check(ctx, moduleOf(p), "peers", locked));
    }
  }

  private static void check(RuleContext ctx, ExNode module, String context, String locked) {
    Grammars g = Grammars.load();
    Optional<String> name = module.asAliasName();
    Optional<KeySpec> old = name.flatMap(n -> g.key("oban", context, n))
        .filter(k -> k.renamedTo() != null);
    if (old.isEmpty()) {
      return;
    }
    String renamed = old.get().renamedTo();
    String since = g.key("oban", context, renamed).map(KeySpec::since).orElse(null);
    if (since == null || Versions.compare(locked, since) < 0) {
      return;
    }
    ctx.at(module.range(), name.get() + " is the old name of " + renamed + " (oban " + locked
        + " in mix.lock); Oban still translates it.")
        .fix(new Fix("Rename to " + renamed,
            List.of(new Fix.FileEdit(ctx.file().path(), module.range(), renamed)), true))
        .emit();
  }

  private static ExNode moduleOf(ExNode entry) {
    return entry instanceof ExTuple t && !t.items().isEmpty() ? t.items().get(0) : entry;
  }

  /** The oban version of the mix.lock of the config file's project (the nearest one above it). */
  private static String lockedOban(RuleContext ctx) {
    ParsedFile lock = NearestFile.of(ctx.workspace(), FileKind.MIX_LOCK, ctx.file().path());
    return lock == null ? null
        : lock.view(ElixirViews.LOCK).version("oban").filter(Versions::isRelease).orElse(null);
  }
}
