package dev.distlint.rules.libcluster;

import dev.distlint.base.FileKind;
import dev.distlint.base.Fix;
import dev.distlint.documents.ParsedFile;
import dev.distlint.facts.Discovery;
import dev.distlint.facts.Fact;
import dev.distlint.facts.Topology;
import dev.distlint.knowledge.Grammars;
import dev.distlint.knowledge.StrategySpec;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExWalker;
import dev.distlint.syntax.elixir.view.MixDependency;
import dev.distlint.workspace.Workspace;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A strategy module that is neither a known strategy nor defined in the project. Reported when it
 * is a near miss of a known module, or when it sits in libcluster's namespace and no dependency of
 * the project could provide an unlisted strategy.
 */
public final class LibclusterUnknownStrategy implements Rule {
  private static final Fact<Set<String>> PROJECT_MODULES =
      Fact.of("project-modules", LibclusterUnknownStrategy::computeProjectModules);
  @Override
  public String id() {
    return "libcluster-unknown-strategy";
  }

  @Override
  public void check(RuleContext ctx) {
    Grammars grammars = Grammars.load();
    List<String> known = grammars.libclusterStrategies().stream().map(StrategySpec::module)
        .toList();
    for (Topology t : Discovery.topologies(ctx.file())) {
      String module = t.strategy();
      if (module == null || known.contains(module)
          || projectModules(ctx.workspace()).contains(module)) {
        continue;
      }
      Optional<String> suggestion = known.stream().filter(module::equalsIgnoreCase).findFirst()
          .or(() -> grammars.didYouMean(module, known));
      if (suggestion.isEmpty() && !(module.startsWith("Cluster.Strategy.")
          && noOtherProvider(ctx.workspace(), grammars))) {
        continue;
      }
      RuleContext.Report r = ctx.at(t.strategyNode().range(), "No strategy module named "
          + module + " is known, and the project does not define it"
          + suggestion.map(s -> "; did you mean " + s + "?").orElse("."));
      suggestion.ifPresent(s -> r.fix(new Fix("Use " + s, List.of(
          new Fix.FileEdit(ctx.file().path(), t.strategyNode().range(), s)), false)));
      r.emit();
    }
  }

  /** True when mix.exs exists and lists no cluster-related package the grammar does not know. */
  private static boolean noOtherProvider(Workspace ws, Grammars grammars) {
    List<ParsedFile> mix = ws.filesOf(FileKind.MIX);
    if (mix.isEmpty()) {
      return false;
    }
    Set<String> knownPackages = new HashSet<>(Set.of("libcluster", "dns_cluster"));
    grammars.libclusterStrategies().forEach(s -> knownPackages.add(s.packageName()));
    for (ParsedFile f : mix) {
      for (MixDependency d : f.view(ElixirViews.MIX).deps()) {
        if (d.name().contains("cluster") && !knownPackages.contains(d.name())) {
          return false;
        }
      }
    }
    return true;
  }

  /** Modules defined by {@code defmodule} in the workspace's Elixir sources. */
  static Set<String> projectModules(Workspace ws) {
    return PROJECT_MODULES.in(ws);
  }

  private static Set<String> computeProjectModules(Workspace w) {
    Set<String> out = new HashSet<>();
    for (ParsedFile f : w.filesOf(FileKind.EX, FileKind.APP)) {
      for (ExCall c : ExWalker.calls(ElixirViews.ast(f), "defmodule")) {
        if (c.receiver() == null && !c.args().isEmpty()) {
          c.args().get(0).asAliasName().ifPresent(out::add);
        }
      }
    }
    return Set.copyOf(out);
  }
}
