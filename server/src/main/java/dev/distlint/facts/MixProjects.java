package dev.distlint.facts;

import dev.distlint.base.FileKind;
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
  public static String ownerDir(Workspace ws, String path) {
    ParsedFile mix = NearestFile.of(ws, FileKind.MIX, path);
    return mix == null ? null : NearestFile.directory(mix.path());
  }
}
