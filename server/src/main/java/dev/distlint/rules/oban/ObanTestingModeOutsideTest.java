package dev.distlint.rules.oban;

import dev.distlint.facts.oban.ObanConfigs;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.view.ConfigCall;
import java.util.List;
import java.util.Set;

/** An Oban testing mode in config that production loads. */
public final class ObanTestingModeOutsideTest implements Rule {
  private static final Set<String> MODES = Set.of("manual", "inline");

  @Override
  public String id() {
    return "oban-testing-mode-outside-test";
  }

  @Override
  public void check(RuleContext ctx) {
    for (ConfigCall c : ObanConfigs.in(ctx.file())) {
      if (!c.appliesTo("prod")) {
        continue;
      }
      c.options().keyword("testing").ifPresent(p -> {
        String mode = p.value().asAtomName().orElse("");
        if (MODES.contains(mode)) {
          report(ctx, c, p, mode);
        }
      });
    }
  }

  private static void report(RuleContext ctx, ConfigCall c, ExPair p, String mode) {
    ctx.at(p.range(), "testing: :" + mode + " applies to prod here: " + c.module()
        + " of :" + c.app() + " would run no queues and no plugins. Set it in config/test.exs.")
        .fix(new Fix("Use testing: :disabled (run queues and plugins)", List.of(
            new Fix.FileEdit(ctx.file().path(), p.value().range(), ":disabled")), false))
        .emit();
  }
}
