package dev.distlint.facts;

import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;

/**
 * Which Mix project of a workspace a file belongs to: the deepest directory holding a
 * {@code mix.exs} that contains the file. A repository may hold several (an app beside a helper
 * service with its own {@code mix.exs} and {@code fly.toml}); joins that pair settings of one
 * running system stay inside one of them.
 */
public final class MixProjects {
  private MixProjects() {
  }

  /** The project directory of {@code path}, with a trailing slash ("" for the root). */
  public static String dirOf(Workspace ws, String path) {
    String dir = ownerDir(ws, path);
    return dir == null ? "" : dir;
  }

  /** The directory of the mix.exs that contains {@code path}, or null when none does. */
  private static String ownerDir(Workspace ws, String path) {
    String best = null;
    for (ParsedFile mix : ElixirViews.mixFiles(ws)) {
      String dir = mix.path().substring(0, mix.path().length() - "mix.exs".length());
      if (path.startsWith(dir) && (best == null || dir.length() > best.length())) {
        best = dir;
      }
    }
    return best;
  }

  /**
   * True when {@code setting} may configure the system deployed by {@code deployment}: both
   * belong to the same Mix project, or the deployment file lies outside every Mix project (a
   * compose file at the root of a repository whose application lives in a subdirectory).
   */
  public static boolean mayPair(Workspace ws, String deployment, String setting) {
    String owner = ownerDir(ws, deployment);
    return owner == null || owner.equals(dirOf(ws, setting));
  }
}
