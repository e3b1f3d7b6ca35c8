package dev.distlint.rules.migrations;

import dev.distlint.base.FileKind;
import dev.distlint.facts.workloads.MultiNode;
import dev.distlint.lint.DocumentScoped;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.model.k8s.Container;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExWalker;
import dev.distlint.syntax.elixir.view.ChildSpec;
import dev.distlint.syntax.envsh.EnvCommand;
import dev.distlint.syntax.yaml.YNode;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.syntax.yaml.YSeq;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Database migrations run by every node as it starts, while several nodes start together. */
public final class MigrationsAtBoot implements DocumentScoped {
  private static final Pattern MIGRATE = Pattern.compile("(?i)migrat");
  private static final Pattern START = Pattern.compile("\\b(start|start_iex|daemon)\\b");
  private static final Set<String> MIGRATOR_CALLS =
      Set.of("Ecto.Migrator.run", "Ecto.Migrator.with_repo");
  private static final String ADVICE = " Run migrations once per deploy instead: a Job, Fly's "
      + "release_command, or a CI step.";

  @Override
  public String id() {
    return "migrations-at-boot";
  }

  @Override
  public void check(RuleContext ctx) {
    fromApplication(ctx);
    for (EnvCommand c : ctx.file().view(ReleaseViews.ENV_SH).commands()) {
      if (c.appliesToStart() && isMigration(" " + String.join(" ", c.words()) + " ")) {
        String many = MultiNode.evidence(ctx.workspace());
        if (many != null) {
          ctx.report(c.range(), "env.sh runs a migration every time a node starts, and " + many
              + ": nodes that start together race on the migrations." + ADVICE);
        }
      }
    }
    for (KubeObject o : KubeObjects.of(ctx.file())) {
      Long replicas = o.isWorkload() ? o.replicas() : null;
      if (replicas == null || replicas < 2) {
        continue;
      }
      for (Container c : o.containers()) {
        for (String key : new String[] {"command", "args"}) {
          YNode n = c.node().get(key);
          String text = words(n);
          if (text != null && isMigration(text) && START.matcher(text).find()) {
            ctx.report(o.range(n), "Container '" + c.name() + "' of " + o.kind() + " '"
                + o.name() + "' migrates before it starts, on each of its " + replicas
                + " replicas: they race on the migrations." + ADVICE);
          }
        }
      }
    }
  }

  /**
   * An {@code Ecto.Migrator} child without a {@code skip:} option, or an
   * {@code Ecto.Migrator.run/with_repo} call in {@code Application.start/2}: every node migrates
   * as its application starts. SQLite projects are left alone (each node has its own database).
   */
  private static void fromApplication(RuleContext ctx) {
    if (ctx.file().kind() != FileKind.APP && ctx.file().kind() != FileKind.EX
        || usesSqlite(ctx) || !ctx.file().text().contains("Ecto.Migrator")) {
      return;
    }
    String many = MultiNode.evidence(ctx.workspace());
    if (many == null) {
      return;
    }
    for (ChildSpec child : ElixirViews.children(ctx.file()).children()) {
      if (child.module().equals("Ecto.Migrator") && child.option("skip").isEmpty()) {
        ctx.report(child.range(), "The Ecto.Migrator child migrates every time a node starts, and "
            + many + ": nodes that start together race on the migrations." + ADVICE);
      }
    }
    ExWalker.walk(ElixirViews.ast(ctx.file()), (node, path) -> {
      if (node instanceof ExCall c && MIGRATOR_CALLS.contains(c.name()) && inStart(path)) {
        ctx.report(c.range(), c.name() + " in Application.start/2 migrates every time a node"
            + " starts, and " + many + ": nodes that start together race on the migrations."
            + ADVICE);
      }
      return true;
    });
  }

  private static boolean inStart(List<ExNode> path) {
    return path.stream().anyMatch(n -> n instanceof ExCall def && def.name().equals("def")
        && def.arg(0).map(h -> h instanceof ExCall head && head.name().equals("start")
            && head.args().size() == 2).orElse(false));
  }

  private static boolean usesSqlite(RuleContext ctx) {
    return ElixirViews.mixFiles(ctx.workspace()).stream()
        .anyMatch(m -> m.view(ElixirViews.MIX).dep("ecto_sqlite3").isPresent());
  }

  private static boolean isMigration(String text) {
    return MIGRATE.matcher(text).find() && (text.contains(" eval ") || text.contains(" rpc ")
        || text.contains("bin/migrate"));
  }

  private static String words(YNode n) {
    if (n instanceof YScalar s) {
      return " " + s.value() + " ";
    }
    if (n instanceof YSeq seq) {
      StringBuilder sb = new StringBuilder(" ");
      for (YNode item : seq.items()) {
        if (item instanceof YScalar s) {
          sb.append(s.value()).append(' ');
        }
      }
      return sb.toString();
    }
    return null;
  }
}
