package dev.distlint.facts;

import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.HashSet;
import java.util.Set;

/**
 * Which Mix project of a workspace a file belongs to: the deepest directory holding a
 * {@code mix.exs} that contains the file. A repository may hold several (an app beside a helper
 * service with its own {@code mix.exs} and {@code fly.toml}); joins that pair settings of one
 * running system stay inside one of them.
 */
public final class MixProjects {
  /** The directories holding a mix.exs, each with its trailing slash ("" for the root). */
  private static final Fact<Set<String>> DIRS = Fact.of("mix-project-dirs", MixProjects::dirs);

  private MixProjects() {
  }

  /** The project directory of {@code path}, with a trailing slash ("" for the root). */
  public static String dirOf(Workspace ws, String path) {
    String dir = ownerDir(ws, path);
    return dir == null ? "" : dir;
  }

  /**
   * The directory of the mix.exs that contains {@code path}, or null when none does: the
   * deepest of the path's ancestors that holds one, found by lookup rather than by comparing the
   * path with every mix.exs of the workspace.
   */
  public static String ownerDir(Workspace ws, String path) {
    Set<String> dirs = DIRS.in(ws);
    if (dirs.isEmpty()) {
      return null;
    }
    for (int i = path.lastIndexOf('/'); i >= 0; i = path.lastIndexOf('/', i - 1)) {
      String dir = path.substring(0, i + 1);
      if (dirs.contains(dir)) {
        return dir;
      }
      if (i == 0) {
        break;
      }
    }
    return dirs.contains("") ? "" : null;
  }

  private static Set<String> dirs(Workspace ws) {
    Set<String> out = new HashSet<>();
    for (ParsedFile mix : ElixirViews.mixFiles(ws)) {
      // The router names a file MIX only when its name is mix.exs (in any case), so what is
      // left is "" or a directory ending in '/'.
      out.add(mix.path().substring(0, mix.path().length() - "mix.exs".length()));
    }
    return Set.copyOf(out);
  }
}
