package dev.distlint.model.cluster;

import dev.distlint.model.FileKind;
import dev.distlint.workspace.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.regex.Pattern;

/**
 * Which cluster libraries the workspace uses, from {@code mix.exs} dependencies and the Elixir
 * config and child specs.
 */
public final class Libraries {
  private static final Pattern RA_DEP = Pattern.compile("\\{\\s*:ra\\s*,");
  private static final Pattern QUORUM_DIST = Pattern.compile("Horde\\.UniformQuorumDistribution");

  private Libraries() {
  }

  /** True when a Raft group (ra) or Horde's quorum distribution runs on the release's nodes. */
  public static boolean usesQuorum(Workspace ws) {
    return ws.fact("uses-quorum", w -> {
      for (ParsedFile f : w.filesOf(FileKind.MIX)) {
        if (RA_DEP.matcher(f.text()).find()) {
          return true;
        }
      }
      for (ParsedFile f : w.filesOf(FileKind.EXS, FileKind.APP)) {
        if (QUORUM_DIST.matcher(f.text()).find()) {
          return true;
        }
      }
      return false;
    });
  }
}
