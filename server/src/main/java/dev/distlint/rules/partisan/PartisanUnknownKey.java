package dev.distlint.rules.partisan;

import dev.distlint.knowledge.Context;
import dev.distlint.knowledge.Grammars;
import dev.distlint.knowledge.KeySpec;
import dev.distlint.knowledge.NotKey;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.Severity;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExMap;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.view.ConfigCall;
import java.util.List;
import java.util.Optional;

/**
 * A {@code config :partisan} key Partisan does not read (warning), or an old name it still reads
 * or renames on load (information), at the top level and inside {@code hyparview:}.
 */
public final class PartisanUnknownKey implements Rule {
  private static final String DIALECT = "partisan";

  @Override
  public String id() {
    return "partisan-unknown-key";
  }

  @Override
  public void check(RuleContext ctx) {
    Grammars g = Grammars.load();
    Optional<Context> top = g.context(DIALECT, "app_env");
    Optional<Context> hyparview = g.context(DIALECT, "hyparview");
    if (top.isEmpty() || hyparview.isEmpty()) {
      return;
    }
    for (ConfigCall c : ElixirViews.config(ctx.file()).forApp(DIALECT)) {
      if (c.module() != null) {
        continue;
      }
      for (ExPair p : c.options().pairs()) {
        judge(ctx, g, top.get(), p, "");
        if ("hyparview".equals(p.keyName())) {
          for (ExPair inner : pairsOf(p.value())) {
            judge(ctx, g, hyparview.get(), inner, "hyparview ");
          }
        }
      }
    }
  }

  private static List<ExPair> pairsOf(ExNode value) {
    if (value instanceof ExList l) {
      return l.pairs();
    }
    if (value instanceof ExMap m) {
      return m.entries().stream().filter(e -> e.keyName() != null).toList();
    }
    return List.of();
  }

  private static void judge(RuleContext ctx, Grammars g, Context context, ExPair p,
      String where) {
    String key = p.keyName();
    if (key == null) {
      return;
    }
    Optional<KeySpec> spec = context.key(key);
    if (spec.isPresent()) {
      if (spec.get().deprecated()) {
        deprecated(ctx, context, spec.get(), p, where);
      }
      return;
    }
    Optional<NotKey> not = context.notKey(key);
    if (not.isPresent()) {
      ctx.report(p.keyRange(), "Partisan does not read " + where + "option " + key + ". "
          + not.get().reason().trim());
      return;
    }
    Optional<String> guess = g.didYouMean(key, context.keyNames());
    RuleContext.Report r = ctx.at(p.keyRange(), "Partisan does not read " + where + "option "
        + key + "; it is ignored." + guess.map(s -> " Did you mean " + s + "?").orElse(""));
    guess.filter(s -> renamable(ctx, p)).ifPresent(s -> r.fix(rename(ctx, p, s, false)));
    r.emit();
  }

  private static void deprecated(RuleContext ctx, Context context, KeySpec spec, ExPair p,
      String where) {
    String renamed = spec.renamedTo();
    String msg = renamed != null
        ? where + spec.name() + " is the old name of " + renamed + "; Partisan still accepts it."
        : where + spec.name() + " is deprecated. "
            + (spec.deprecationNote() == null ? "" : spec.deprecationNote().trim());
    RuleContext.Report r = ctx.at(p.keyRange(), msg.trim()).severity(Severity.INFO);
    if (renamed != null && renamable(ctx, p)) {
      // Renaming is exact only when the new key takes the same kind of value.
      boolean sameType = context.key(renamed).map(k -> k.types().equals(spec.types()))
          .orElse(false);
      r.fix(rename(ctx, p, renamed, sameType));
    }
    r.emit();
  }

  /** The key is written as a bare {@code key:}, so replacing its range renames it. */
  private static boolean renamable(RuleContext ctx, ExPair p) {
    return ctx.file().slice(p.keyRange()).equals(p.keyName());
  }

  private static Fix rename(RuleContext ctx, ExPair p, String to, boolean safe) {
    return new Fix("Rename to " + to,
        List.of(new Fix.FileEdit(ctx.file().path(), p.keyRange(), to)), safe);
  }
}
