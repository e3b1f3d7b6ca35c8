package dev.distlint.workspace;

import dev.distlint.base.Log;
import dev.distlint.documents.KindRouter;
import dev.distlint.settings.Settings;
import java.io.IOException;
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
   * tree once the file or byte cap is reached) is told to {@code notice}, one line each. Files
   * are read in parallel a batch at a time and taken in walk order, so the files, the caps and
   * the notices are those of reading one file after another.
   */
  public static List<LoadedFile> scan(Path root, Settings settings, BooleanSupplier cancelled,
      Consumer<String> notice) throws IOException {
    Path base = root.toAbsolutePath().normalize();
    GitIgnore ignore = GitIgnore.load(base);
    Batches batches = new Batches(base, notice);
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
          return batches.add(new Pending(file, rel, attrs.size(), null));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException exc) {
        return batches.add(new Pending(null, null, 0, "cannot read " + file + ", skipped: "
            + exc.getClass().getSimpleName()));
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
        if (exc != null) {
          return batches.add(new Pending(null, null, 0, "cannot list all of " + dir
              + ", rest skipped: " + exc.getClass().getSimpleName()));
        }
        return FileVisitResult.CONTINUE;
      }
    });
    batches.flush();
    return batches.out;
  }

  /** Files read in parallel at a time: enough to keep the cores busy, few past a cap. */
  private static final int READ_BATCH = 256;

  /** A file the walk accepted, not yet read; or a notice of the walk, kept in its place. */
  private record Pending(Path file, String rel, long size, String notice) {
  }

  /** A file read, or null with the reason it was not. */
  private record Read(LoadedFile file, String warning) {
  }

  /** What the walk found, read a batch at a time and taken in order until a cap is reached. */
  private static final class Batches {
    private final Path base;
    private final Consumer<String> notice;
    private final List<Pending> pending = new ArrayList<>();
    private final List<LoadedFile> out = new ArrayList<>();
    private long bytes;
    private boolean full;

    Batches(Path base, Consumer<String> notice) {
      this.base = base;
      this.notice = notice;
    }

    FileVisitResult add(Pending p) {
      pending.add(p);
      if (pending.size() >= READ_BATCH) {
        flush();
      }
      return full ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
    }

    void flush() {
      if (full || pending.isEmpty()) {
        pending.clear();
        return;
      }
      List<Read> read = dev.distlint.base.Parallelism.stream(pending)
          .map(p -> p.file() == null ? null : readFile(p.file(), p.rel(), p.size())).toList();
      for (int i = 0; i < pending.size() && !full; i++) {
        take(pending.get(i), read.get(i));
      }
      pending.clear();
    }

    private void take(Pending p, Read r) {
      if (p.notice() != null) {
        notice.accept(p.notice());
        return;
      }
      if (out.size() >= MAX_SCAN_FILES || bytes + p.size() > MAX_SCAN_BYTES) {
        notice.accept("stopped reading " + base + " after " + out.size() + " files ("
            + bytes / (1024 * 1024) + " MiB): the workspace is larger than distlint reads"
            + " (" + MAX_SCAN_FILES + " files, " + MAX_SCAN_BYTES / (1024 * 1024) + " MiB)");
        full = true;
        return;
      }
      if (r.warning() != null) {
        Log.warn(r.warning());
      }
      if (r.file() != null) {
        out.add(r.file());
        bytes += p.size();
      }
    }
  }

  /** Reads one file, or returns null for a binary or unreadably large file. */
  public static LoadedFile read(Path file, String rel, long size) {
    Read r = readFile(file, rel, size);
    if (r.warning() != null) {
      Log.warn(r.warning());
    }
    return r.file();
  }

  private static Read readFile(Path file, String rel, long size) {
    if (!Files.isRegularFile(file)) {
      // A FIFO or device would block the read, or never end it.
      return new Read(null, "skipping " + rel + ": not a regular file");
    }
    if (size > MAX_READ_BYTES) {
      return new Read(null, "skipping " + rel + ": " + size / (1024 * 1024)
          + " MiB is too large to read");
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (looksBinary(bytes)) {
        return new Read(null, "skipping " + rel + ": a NUL byte in its first 8 KiB marks it as binary");
      }
      return new Read(new LoadedFile(file, rel, decode(bytes)), null);
    } catch (IOException e) {
      return new Read(null, "cannot read " + rel + ": " + e.getMessage());
    }
  }

  /**
   * UTF-8 text; invalid sequences become U+FFFD instead of failing. The String constructor
   * replaces them as a decoder set to {@code REPLACE} does, and reads ASCII without the detour
   * through a char buffer.
   */
  public static String decode(byte[] bytes) {
    String s = new String(bytes, StandardCharsets.UTF_8);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
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
