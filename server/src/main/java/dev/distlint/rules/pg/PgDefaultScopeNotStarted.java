package dev.distlint.rules.pg;

import dev.distlint.facts.Fact;
import dev.distlint.facts.code.PgCalls;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.FileKind;
import dev.distlint.facts.KernelParams;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.view.ChildSpec;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.regex.Pattern;

/**
 * Code that uses the default {@code :pg} scope while nothing starts it: no {@code :pg} child
 * without a scope argument, no {@code :pg.start_link/0} call, and no {@code start_pg: true}
 * kernel parameter. Quiet when the workspace has no application file to look at.
 */
public final class PgDefaultScopeNotStarted implements Rule {
  private static final Fact<Boolean> STARTED =
      Fact.of("pg-default-scope-started", PgDefaultScopeNotStarted::computeStarted);
  private static final Pattern BARE_PG_CHILD = Pattern.compile("[\\[,]\\s*:pg\\s*[,\\]]");

  @Override
  public String id() {
    return "pg-default-scope-not-started";
  }

  @Override
  public void check(RuleContext ctx) {
    for (ExCall c : PgCalls.of(ctx.file())) {
      if (PgCalls.defaultScope(ctx.file(), c) && !started(ctx.workspace())) {
        ParsedFile app = firstWithChildren(ctx.workspace());
        ctx.at(c.nameRange(), c.name() + "/" + PgCalls.arity(ctx.file(), c) + " uses the default pg scope,"
            + " which nothing starts: no :pg child without a scope and no config :kernel,"
            + " start_pg: true. The call exits with noproc.")
            .related(app.path(), ElixirViews.children(app).children().get(0).range(),
                "The application's children start no default pg scope")
            .emit();
      }
    }
  }

  /** True unless the workspace shows that the default scope is never started. */
  private static boolean started(Workspace ws) {
    return STARTED.in(ws);
  }

  /** The first application file with children, or null when the workspace shows none. */
  private static ParsedFile firstWithChildren(Workspace ws) {
    return ws.filesOf(FileKind.APP).stream()
        .filter(f -> !ElixirViews.children(f).children().isEmpty()).findFirst().orElse(null);
  }

  private static boolean computeStarted(Workspace w) {
    if (firstWithChildren(w) == null) {
      return true;
    }
    if (KernelParams.all(w, "start_pg").stream().anyMatch(p -> !"false".equals(p.value()))) {
      return true;
    }
    for (ParsedFile f : w.filesOf(FileKind.APP, FileKind.EX)) {
      for (ChildSpec child : ElixirViews.children(f).children()) {
        if (child.module().equals(":pg")
            && (child.args() == null || child.args() instanceof ExList l && l.items().isEmpty())) {
          return true;
        }
      }
      if (BARE_PG_CHILD.matcher(f.text()).find() || PgCalls.of(f).stream()
          .anyMatch(c -> c.localName().startsWith("start") && PgCalls.arity(f, c) == 0)) {
        return true;
      }
    }
    return false;
  }
}
