package dev.distlint.facts.code;

import dev.distlint.base.FileKind;
import dev.distlint.base.TextRange;
import dev.distlint.documents.ParsedFile;
import dev.distlint.facts.Fact;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExVar;
import dev.distlint.syntax.elixir.ExWalker;
import dev.distlint.syntax.elixir.view.MixDependency;
import dev.distlint.workspace.Workspace;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Dependencies of the workspace's mix projects, and where a {@code mix.exs} declares them. */
public final class MixDeps {
  private static final Fact.Family<Set<String>, Optional<MixDependency>> ANY =
      Fact.family("first-dependency-named", MixDeps::findAny);
  private static final Fact<String> PROJECT_ANCHOR =
      Fact.of("project-dependencies-anchor", MixDeps::findProjectAnchor);

  private MixDeps() {
  }

  /**
   * Where a finding about the project's dependencies as a whole belongs, once a project: the
   * {@code deps} of the shallowest mix.exs that declares any (an umbrella's root before its apps,
   * then the first app by path); empty for every other file.
   */
  public static Optional<TextRange> projectAnchor(Workspace ws, ParsedFile mix) {
    return mix.path().equals(PROJECT_ANCHOR.in(ws)) ? anchor(mix) : Optional.empty();
  }

  private static String findProjectAnchor(Workspace ws) {
    return ws.filesOf(FileKind.MIX).stream()
        .filter(f -> anchor(f).isPresent())
        .min(java.util.Comparator.comparingLong((ParsedFile f) -> f.path().chars()
            .filter(c -> c == '/').count()).thenComparing(ParsedFile::path))
        .map(ParsedFile::path).orElse(null);
  }

  /** The first dependency of any mix.exs whose name is in {@code names}. */
  public static Optional<MixDependency> any(Workspace ws, Collection<String> names) {
    return ANY.in(ws, Set.copyOf(names));
  }

  private static Optional<MixDependency> findAny(Workspace ws, Set<String> names) {
    for (ParsedFile f : ws.filesOf(FileKind.MIX)) {
      for (MixDependency d : f.view(ElixirViews.MIX).deps()) {
        if (names.contains(d.name())) {
          return Optional.of(d);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The name {@code deps} in {@code defp deps do}, where a finding about the dependencies as a
   * whole belongs; empty when the file declares no dependencies that way.
   */
  public static Optional<TextRange> anchor(ParsedFile mix) {
    if (mix.kind() != FileKind.MIX || mix.view(ElixirViews.MIX).deps().isEmpty()) {
      return Optional.empty();
    }
    for (ExCall c : ExWalker.findAll(ElixirViews.ast(mix), ExCall.class)) {
      if ((c.name().equals("defp") || c.name().equals("def")) && c.receiver() == null
          && !c.args().isEmpty() && isDeps(c.args().get(0))) {
        return Optional.of(nameRange(c.args().get(0)));
      }
    }
    return Optional.empty();
  }

  private static boolean isDeps(ExNode head) {
    return head instanceof ExVar v && v.name().equals("deps")
        || head instanceof ExCall c && c.name().equals("deps") && c.receiver() == null;
  }

  private static TextRange nameRange(ExNode head) {
    return head instanceof ExCall c ? c.nameRange() : head.range();
  }
}
