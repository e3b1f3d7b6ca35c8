package dev.distlint.rules.ra;

import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.view.ConfigCall;
import java.util.List;

/** ra's write-ahead log told not to sync to disk. */
public final class RaWalSyncNone implements Rule {
  @Override
  public String id() {
    return "ra-wal-sync-none";
  }

  @Override
  public void check(RuleContext ctx) {
    for (ConfigCall c : ElixirViews.config(ctx.file()).forApp("ra")) {
      if (c.module() != null) {
        continue;
      }
      c.get("wal_sync_method").filter(v -> v.asAtomName().map("none"::equals).orElse(false))
          .ifPresent(v -> report(ctx, v));
    }
  }

  private static void report(RuleContext ctx, ExNode v) {
    ctx.at(v.range(), "wal_sync_method :none acknowledges commands before they reach the disk;"
            + " a power loss on a majority can lose committed entries.")
        .fix(new Fix("Use :datasync (the default)",
            List.of(new Fix.FileEdit(ctx.file().path(), v.range(), ":datasync")), false))
        .emit();
  }
}
