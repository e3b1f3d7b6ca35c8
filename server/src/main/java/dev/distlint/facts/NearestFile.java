package dev.distlint.facts;

import dev.distlint.base.FileKind;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.HashMap;
import java.util.Map;

/**
 * The file of a kind nearest above a path (the {@code mix.exs} or {@code mix.lock} of a file's
 * project): the one in the deepest directory that contains the path. The files of each kind are
 * indexed by directory once per snapshot, so a question costs one lookup per directory level of
 * the path, not a walk over every file of the workspace.
 */
public final class NearestFile {
  private static final Fact.Family<FileKind, Map<String, ParsedFile>> BY_DIR =
      Fact.family("files-by-directory", NearestFile::byDirectory);

  private NearestFile() {
  }

  /** The file of {@code kind} nearest above {@code path}, or null when no directory has one. */
  public static ParsedFile of(Workspace ws, FileKind kind, String path) {
    Map<String, ParsedFile> byDir = BY_DIR.in(ws, kind);
    if (byDir.isEmpty()) {
      return null;
    }
    for (int i = path.lastIndexOf('/'); i >= 0; i = i == 0 ? -1 : path.lastIndexOf('/', i - 1)) {
      ParsedFile f = byDir.get(path.substring(0, i + 1));
      if (f != null) {
        return f;
      }
    }
    return byDir.get("");
  }

  /** The directory part of {@code path} with its trailing slash, or "" for a bare name. */
  public static String directory(String path) {
    return path.substring(0, path.lastIndexOf('/') + 1);
  }

  /** The files of {@code kind} by directory; of two in one directory, the first in file order. */
  private static Map<String, ParsedFile> byDirectory(Workspace ws, FileKind kind) {
    Map<String, ParsedFile> out = new HashMap<>();
    for (ParsedFile f : ws.filesOf(kind)) {
      out.putIfAbsent(directory(f.path()), f);
    }
    return Map.copyOf(out);
  }
}
