package dev.distlint.model.cluster;

import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.workspace.ParsedFile;
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
    String best = "";
    for (ParsedFile mix : ElixirViews.mixFiles(ws)) {
      String dir = mix.path().substring(0, mix.path().length() - "mix.exs".length());
      if (path.startsWith(dir) && dir.length() > best.length()) {
        best = dir;
      }
    }
    return best;
  }

  /** True when both paths belong to the same Mix project. */
  public static boolean same(Workspace ws, String a, String b) {
    return dirOf(ws, a).equals(dirOf(ws, b));
  }
}
