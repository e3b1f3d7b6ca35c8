package dev.distlint.workspace;

import dev.distlint.base.Log;
import dev.distlint.documents.KindRouter;
import dev.distlint.settings.Settings;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Finds and reads the files distlint understands under a root, skipping build output, VCS
 * folders, {@code .gitignore}d paths, settings excludes, binary files and files too large to read.
 * Reads only; never follows a symbolic link out of the root.
 */
public final class WorkspaceLoader {
  /** Files larger than this are not read at all. */
  public static final long MAX_READ_BYTES = 32L * 1024 * 1024;
  /** A scan stops after this many files read... */
  public static final int MAX_SCAN_FILES = 20_000;
  /** ...or this many bytes read, and says so. */
  public static final long MAX_SCAN_BYTES = 512L * 1024 * 1024;
  private static final Set<String> SKIP_DIRS = Set.of(".git", ".hg", ".svn", "node_modules",
      "_build", "deps", "target", ".elixir_ls", ".lexical", ".idea", ".vscode-test", "cover");

  private WorkspaceLoader() {
  }

  /** A file found on disk: its path relative to the root (forward slashes) and its text. */
  public record LoadedFile(Path absolute, String relative, String text) {
  }

  public static List<LoadedFile> scan(Path root, Settings settings, BooleanSupplier cancelled)
      throws IOException {
    return scan(root, settings, cancelled, Log::warn);
  }

  /**
   * Scans {@code root}; what the scan had to leave out (a folder it cannot list, the rest of the
   * tree once the file or byte cap is reached) is told to {@code notice}, one line each.
   */
  public static List<LoadedFile> scan(Path root, Settings settings, BooleanSupplier cancelled,
      Consumer<String> notice) throws IOException {
    List<LoadedFile> out = new ArrayList<>();
    long[] bytes = {0};
    Path base = root.toAbsolutePath().normalize();
    GitIgnore ignore = GitIgnore.load(base);
    Files.walkFileTree(base, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (cancelled.getAsBoolean()) {
          return FileVisitResult.TERMINATE;
        }
        String rel = relative(base, dir);
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        if (!dir.equals(base) && (SKIP_DIRS.contains(name) || ignore.ignored(rel + "/"))) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        String rel = relative(base, file);
        // The settings file is read even when include leaves it out: its own warnings count.
        if (attrs.isRegularFile() && KindRouter.isCandidate(rel) && !ignore.ignored(rel)
            && (settings.accepts(rel) || rel.equals(Project.CONFIG_FILE))) {
          if (out.size() >= MAX_SCAN_FILES || bytes[0] + attrs.size() > MAX_SCAN_BYTES) {
            notice.accept("stopped reading " + base + " after " + out.size() + " files ("
                + bytes[0] / (1024 * 1024) + " MiB): the workspace is larger than distlint reads"
                + " (" + MAX_SCAN_FILES + " files, " + MAX_SCAN_BYTES / (1024 * 1024) + " MiB)");
            return FileVisitResult.TERMINATE;
          }
          LoadedFile lf = read(file, rel, attrs.size());
          if (lf != null) {
            out.add(lf);
            bytes[0] += attrs.size();
          }
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException exc) {
        notice.accept("cannot read " + file + ", skipped: " + exc.getClass().getSimpleName());
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
        if (exc != null) {
          notice.accept("cannot list all of " + dir + ", rest skipped: "
              + exc.getClass().getSimpleName());
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return out;
  }

  /** Reads one file, or returns null for a binary or unreadably large file. */
  public static LoadedFile read(Path file, String rel, long size) {
    if (!Files.isRegularFile(file)) {
      // A FIFO or device would block the read, or never end it.
      Log.warn("skipping " + rel + ": not a regular file");
      return null;
    }
    if (size > MAX_READ_BYTES) {
      Log.warn("skipping " + rel + ": " + size / (1024 * 1024) + " MiB is too large to read");
      return null;
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (looksBinary(bytes)) {
        Log.warn("skipping " + rel + ": a NUL byte in its first 8 KiB marks it as binary");
        return null;
      }
      return new LoadedFile(file, rel, decode(bytes));
    } catch (IOException e) {
      Log.warn("cannot read " + rel + ": " + e.getMessage());
      return null;
    }
  }

  /** UTF-8 text; invalid sequences become U+FFFD instead of failing. */
  public static String decode(byte[] bytes) {
    var dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      String s = dec.decode(ByteBuffer.wrap(bytes)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  public static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  static String relative(Path base, Path p) {
    return slashed(base.relativize(p.toAbsolutePath().normalize()));
  }

  /**
   * A relative path with forward slashes. Only where the separator is a backslash does it become
   * a slash; elsewhere a backslash is an ordinary file-name character.
   */
  public static String slashed(Path relative) {
    String s = relative.toString();
    return java.io.File.separatorChar == '\\' ? s.replace('\\', '/') : s;
  }
}
