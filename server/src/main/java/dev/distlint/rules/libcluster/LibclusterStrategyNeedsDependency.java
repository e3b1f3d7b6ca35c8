package dev.distlint.rules.libcluster;

import dev.distlint.facts.discovery.Topologies;
import dev.distlint.knowledge.StrategySpec;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.TextRange;
import dev.distlint.base.FileKind;
import dev.distlint.facts.Discovery;
import dev.distlint.facts.Libraries;
import dev.distlint.facts.Topology;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.view.MixDependency;
import dev.distlint.documents.ParsedFile;
import java.util.List;
import java.util.Optional;

/**
 * A third-party strategy (Consul, EC2, Droplet, Postgres) whose package is not a dependency in
 * {@code mix.exs}. Needs a mix.exs in the workspace: without one the deps are unknown.
 */
public final class LibclusterStrategyNeedsDependency implements Rule {
  @Override
  public String id() {
    return "libcluster-strategy-needs-dependency";
  }

  @Override
  public void check(RuleContext ctx) {
    if (!Libraries.hasMixProject(ctx.workspace())) {
      return;
    }
    for (Topology t : Discovery.topologies(ctx.file())) {
      Optional<StrategySpec> spec = Topologies.spec(t);
      if (spec.isEmpty() || spec.get().isCore() || spec.get().packageName() == null
          || Libraries.hasDep(ctx.workspace(), spec.get().packageName())) {
        continue;
      }
      String pkg = spec.get().packageName();
      RuleContext.Report r = ctx.at(t.strategyNode().range(), t.strategy()
          + " is not part of libcluster; it comes from the package :" + pkg
          + ", which mix.exs does not list.");
      addDep(ctx, pkg).ifPresent(r::fix);
      r.emit();
    }
  }

  /** Appends {@code {:pkg, ">= 0.0.0"}} to the deps list of the first mix.exs that has one. */
  private static Optional<Fix> addDep(RuleContext ctx, String pkg) {
    for (ParsedFile mix : ctx.workspace().filesOf(FileKind.MIX)) {
      List<MixDependency> deps = mix.view(ElixirViews.MIX).deps();
      if (deps.isEmpty()) {
        continue;
      }
      MixDependency last = deps.get(deps.size() - 1);
      ExList list = depsList(mix, last).orElse(null);
      if (list == null) {
        continue;
      }
      String sep = Topologies.separator(mix, list);
      String text = sep + "{:" + pkg + ", \">= 0.0.0\"}";
      return Optional.of(new Fix("Add :" + pkg + " to the deps in " + mix.path(), List.of(
          new Fix.FileEdit(mix.path(), TextRange.at(last.range().end()), text)), false));
    }
    return Optional.empty();
  }

  private static Optional<ExList> depsList(ParsedFile mix, MixDependency last) {
    List<ExNode> path = dev.distlint.syntax.elixir.ExWalker.pathAt(
        ElixirViews.ast(mix).root(), last.range().start());
    for (int i = path.size() - 1; i >= 0; i--) {
      if (path.get(i) instanceof ExList l && l.items().stream()
          .anyMatch(n -> n.range().equals(last.range()))) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
