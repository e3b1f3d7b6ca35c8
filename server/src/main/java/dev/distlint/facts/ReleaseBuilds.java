package dev.distlint.facts;

import dev.distlint.base.FileKind;
import dev.distlint.documents.ParsedFile;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.workspace.Workspace;

/**
 * Whether the project shows that it is built as a release (so its build-time config scripts are
 * evaluated once, on the build machine): releases in mix.exs or a Distillery dependency, release
 * templates ({@code rel/vm.args}, {@code rel/env.sh}), or a build or start-up file that runs
 * {@code mix release}. A project that starts with {@code mix phx.server} or {@code mix run}
 * evaluates its config scripts on each node at boot.
 */
public final class ReleaseBuilds {
  private static final Fact<Boolean> EVIDENCE = Fact.of("release-build-evidence", ReleaseBuilds::find);

  private ReleaseBuilds() {
  }

  public static boolean evident(Workspace ws) {
    return EVIDENCE.in(ws);
  }

  private static boolean find(Workspace ws) {
    if (!ws.filesOf(FileKind.VMARGS, FileKind.ENVSH).isEmpty()) {
      return true;
    }
    for (ParsedFile f : ws.filesOf(FileKind.MIX)) {
      var mix = f.view(ElixirViews.MIX);
      if (!mix.releases().isEmpty() || mix.dep("distillery").isPresent()) {
        return true;
      }
    }
    for (ParsedFile f : ws.filesOf(FileKind.DOCKERFILE, FileKind.ENTRYPOINT, FileKind.K8S,
        FileKind.COMPOSE, FileKind.FLY, FileKind.YAML)) {
      String t = f.text();
      if (t.contains("mix release") || t.contains("mix distillery.release")) {
        return true;
      }
    }
    for (ParsedFile f : ws.filesOf(FileKind.EXS)) {
      if (f.path().endsWith("rel/config.exs")) {
        return true; // Distillery's release configuration
      }
    }
    return false;
  }
}
