package dev.distlint.facts;

import dev.distlint.base.FileKind;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;

/**
 * Facts about the start script a Mix release generates ({@code bin/APP}), which adds flags of its
 * own before those of {@code vm.args}: {@code --sname}/{@code --name} from
 * {@code RELEASE_DISTRIBUTION} (default {@code sname}; {@code none} adds neither) with
 * {@code RELEASE_NODE}, and {@code --cookie} from {@code RELEASE_COOKIE} (default the
 * {@code releases/COOKIE} file). Releases built by other tools (Distillery's
 * {@code rel/config.exs}) start differently and are not described here.
 */
public final class ReleaseScript {
  private static final Fact<Boolean> IS_MIX_RELEASE = Fact.of("mix-release", ReleaseScript::read);
  private ReleaseScript() {
  }

  /**
   * True when the workspace is released with {@code mix release}: a {@code releases:} entry in
   * mix.exs, an {@code env.sh(.eex)} or a {@code vm.args.eex} under {@code rel/} (templates only
   * Mix renders), and no Distillery {@code rel/config.exs}.
   */
  public static boolean isMixRelease(Workspace ws) {
    return IS_MIX_RELEASE.in(ws);
  }

  private static boolean read(Workspace ws) {
    for (ParsedFile f : ws.files()) {
      if (f.path().equals("rel/config.exs") || f.path().endsWith("/rel/config.exs")) {
        return false;
      }
    }
    if (!ws.filesOf(FileKind.ENVSH).isEmpty()) {
      return true;
    }
    for (ParsedFile f : ws.filesOf(FileKind.VMARGS)) {
      if (f.source().name().endsWith(".eex")) {
        return true;
      }
    }
    for (ParsedFile f : ElixirViews.mixFiles(ws)) {
      if (!f.view(ElixirViews.MIX).releases().isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
