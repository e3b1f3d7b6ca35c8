package dev.distlint.rules.oban;

import dev.distlint.facts.oban.ObanConfigs;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.view.ConfigCall;
import java.util.List;
import java.util.Optional;

/**
 * Cron entries configured while leadership is disabled for every node: only a leader inserts
 * cron jobs, so none are ever inserted.
 */
public final class ObanCronWithoutLeader implements Rule {
  @Override
  public String id() {
    return "oban-cron-without-leader";
  }

  @Override
  public void check(RuleContext ctx) {
    List<ConfigCall> all = ObanConfigs.all(ctx.workspace());
    for (ConfigCall c : ObanConfigs.in(ctx.file())) {
      Optional<ExPair> off = ObanConfigs.setFalse(c, "peer")
          .or(() -> ObanConfigs.setFalse(c, "plugins"));
      if (off.isEmpty() || !c.appliesTo("prod")
          || ObanConfigs.underRuntimeCondition(ctx.file(), c)) {
        continue;
      }
      boolean cron = false;
      boolean reenabled = false;
      for (ConfigCall other : all) {
        if (!ObanConfigs.sameInstance(c, other) || !other.appliesTo("prod")) {
          continue;
        }
        cron |= !ObanConfigs.crontabs(other).isEmpty();
        reenabled |= other != c && enablesPeer(other);
      }
      if (cron && !reenabled) {
        ctx.report(off.get().range(), off.get().keyName() + ": false leaves " + c.module()
            + " of :" + c.app() + " without a leader, and only a leader inserts the cron jobs "
            + "configured for it: they never run.");
      }
    }
  }

  /** Whether a config sets a peer other than {@code false}, or plugins other than false. */
  private static boolean enablesPeer(ConfigCall c) {
    return c.get("peer").filter(v -> !v.asAtomName().orElse("").equals("false")).isPresent();
  }
}
