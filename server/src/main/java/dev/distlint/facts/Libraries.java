package dev.distlint.facts;

import dev.distlint.base.FileKind;
import dev.distlint.documents.ParsedFile;
import dev.distlint.documents.View;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.ExWalker;
import dev.distlint.syntax.elixir.view.MixDependency;
import dev.distlint.workspace.Workspace;
import java.util.List;
import java.util.Optional;

/**
 * Which cluster libraries the workspace uses, from {@code mix.exs} dependencies and the Elixir
 * config and child specs.
 */
public final class Libraries {
  private static final Fact.Family<String, Optional<Dep>> PROD_DEP =
      Fact.family("prod-dep", Libraries::findProdDep);
  private static final Fact.Family<String, Boolean> HAS_DEP =
      Fact.family("has-dep", Libraries::findDep);
  private static final Fact<Boolean> USES_QUORUM =
      Fact.of("uses-quorum", Libraries::computeUsesQuorum);
  /** Whether a file sets {@code distribution_strategy: Horde.UniformQuorumDistribution}. */
  private static final View<Boolean> HORDE_QUORUM = View.of("horde-quorum", f -> {
    boolean[] found = {false};
    ExWalker.walk(ElixirViews.ast(f), (node, path) -> {
      if (node instanceof ExPair p && "distribution_strategy".equals(p.keyName())
          && p.value().asAliasName().map(n -> n.replaceFirst("^Elixir\\.", ""))
              .filter("Horde.UniformQuorumDistribution"::equals).isPresent()) {
        found[0] = true;
      }
      return !found[0];
    });
    return found[0];
  });

  private Libraries() {
  }

  /** True when a Raft group (ra) or Horde's quorum distribution runs on the release's nodes. */
  public static boolean usesQuorum(Workspace ws) {
    return USES_QUORUM.in(ws);
  }

  /** Whether a {@code mix.exs} of the workspace lists dependency {@code name} (no colon). */
  public static boolean hasDep(Workspace ws, String name) {
    return HAS_DEP.in(ws, name);
  }

  private static boolean findDep(Workspace ws, String name) {
    for (ParsedFile f : ws.filesOf(FileKind.MIX)) {
      if (f.view(ElixirViews.MIX).dep(name).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** A dependency entry and the {@code mix.exs} it is written in. */
  public record Dep(String path, MixDependency dep) {
  }

  /** The first {@code mix.exs} entry for {@code name} that is present in production. */
  public static Optional<Dep> prodDep(Workspace ws, String name) {
    return PROD_DEP.in(ws, name);
  }

  private static Optional<Dep> findProdDep(Workspace w, String name) {
    for (ParsedFile f : w.filesOf(FileKind.MIX)) {
      Optional<MixDependency> d = f.view(ElixirViews.MIX).dep(name).filter(x -> x.isFor("prod"));
      if (d.isPresent()) {
        return Optional.of(new Dep(f.path(), d.get()));
      }
    }
    return Optional.empty();
  }

  /** Whether the workspace has a {@code mix.exs} at all (so a missing dependency means absent). */
  public static boolean hasMixProject(Workspace ws) {
    return !ws.filesOf(FileKind.MIX).isEmpty();
  }

  private static boolean computeUsesQuorum(Workspace w) {
    if (hasDep(w, "ra")) {
      return true;
    }
    for (ParsedFile f : w.filesOf(FileKind.EXS, FileKind.APP, FileKind.EX)) {
      if (f.view(HORDE_QUORUM)) {
        return true;
      }
    }
    return false;
  }
}
