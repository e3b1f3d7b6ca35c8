package dev.distlint.rules.libcluster;

import dev.distlint.base.FileKind;
import dev.distlint.documents.ParsedFile;
import dev.distlint.facts.MixProjects;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ElixirFile;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExVar;
import dev.distlint.syntax.elixir.ExWalker;
import dev.distlint.syntax.elixir.view.ChildSpec;
import dev.distlint.syntax.elixir.view.ChildSpecs;
import dev.distlint.syntax.elixir.view.ConfigCall;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code Cluster.Supervisor} started, outside any condition, with topologies read by
 * {@code Application.get_env(app, key)} without a default, in a project where some Mix
 * environment's config never sets that key: the supervisor iterates nil and the application
 * does not start in that environment. {@code config/releases.exs} counts for releases (prod)
 * only; {@code config/runtime.exs} and {@code config/config.exs} count for every environment
 * their conditions allow.
 */
public final class LibclusterTopologiesNil implements Rule {
  private static final List<String> ENVS = List.of("dev", "test", "prod");
  private static final Set<String> CONDITIONALS = Set.of("if", "unless", "case", "cond", "with");

  @Override
  public String id() {
    return "libcluster-topologies-nil";
  }

  @Override
  public void check(RuleContext ctx) {
    if (ctx.file().kind() != FileKind.APP && ctx.file().kind() != FileKind.EX) {
      return;
    }
    ChildSpecs specs = ElixirViews.children(ctx.file());
    ElixirFile root = ElixirViews.ast(ctx.file());
    for (ChildSpec child : specs.children()) {
      if (!child.module().equals("Cluster.Supervisor") || conditional(root, child.node())) {
        continue;
      }
      read(specs, child).ifPresent(read -> judge(ctx, read));
    }
  }

  private static void judge(RuleContext ctx, ExCall read) {
    Optional<String> app = read.arg(0).flatMap(ExNode::asAtomName);
    Optional<String> key = read.arg(1).flatMap(ExNode::asAtomName);
    if (app.isEmpty() || key.isEmpty()) {
      return;
    }
    List<String> missing = missingIn(ctx.workspace(), MixProjects.dirOf(ctx.workspace(), ctx.file().path()), app.get(), key.get());
    if (missing.isEmpty()) {
      return;
    }
    ctx.report(read.range(), "Application.get_env(:" + app.get() + ", :" + key.get() + ") has no"
        + " default and no config sets it for " + String.join(", ", missing)
        + ": Cluster.Supervisor then iterates nil and the application does not start there.");
  }

  /**
   * The environments of the project in {@code dir} for which no config call sets {@code app}'s
   * {@code key}. When config.exs imports a file per environment, only the environments that have
   * one can load their config at all, so only those are considered.
   */
  private static List<String> missingIn(Workspace ws, String dir, String app, String key) {
    List<ParsedFile> configs = ws.filesOf(FileKind.EXS).stream()
        .filter(f -> f.path().startsWith(dir + "config/")).toList();
    List<String> missing = new ArrayList<>(ENVS);
    if (configs.stream().anyMatch(f -> f.text().contains("import_config \"#{"))) {
      missing.removeIf(env -> configs.stream()
          .noneMatch(f -> f.path().equals(dir + "config/" + env + ".exs")));
    }
    for (ParsedFile f : configs) {
      boolean releasesOnly = f.source().name().equals("releases.exs");
      for (ConfigCall c : ElixirViews.config(f).forApp(app)) {
        if (c.module() == null && c.get(key).isPresent()) {
          missing.removeIf(env -> (!releasesOnly || env.equals("prod")) && c.appliesTo(env));
        }
      }
    }
    return missing;
  }

  /** The get_env call that gives the supervisor its topologies, directly or through a variable. */
  private static Optional<ExCall> read(ChildSpecs specs, ChildSpec child) {
    if (!(child.args() instanceof ExList args) || args.items().isEmpty()) {
      return Optional.empty();
    }
    ExNode first = args.items().get(0);
    if (first instanceof ExVar v) {
      first = specs.resolveVariable(v.name(), v.range().start()).orElse(null);
    }
    return first instanceof ExCall c && c.name().equals("Application.get_env")
        && c.args().size() == 2 ? Optional.of(c) : Optional.empty();
  }

  /** True when the child sits inside a condition, which may keep it from starting. */
  private static boolean conditional(ElixirFile root, ExNode node) {
    boolean[] inside = {false};
    ExWalker.walk(root, (n, path) -> {
      if (n == node) {
        inside[0] = path.stream().anyMatch(a -> a instanceof ExCall c && c.receiver() == null
            && CONDITIONALS.contains(c.name()));
        return false;
      }
      return !inside[0];
    });
    return inside[0];
  }
}
