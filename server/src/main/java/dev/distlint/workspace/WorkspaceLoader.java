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
import java.util.Arrays;
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
    if (!dev.distlint.base.Parallelism.sequential()) {
      List<Pending> found = new ParallelWalk(base, ignore, settings, cancelled).run();
      if (found != null) {
        for (Pending p : found) {
          if (batches.full) {
            break;
          }
          batches.take(p, p.read());
        }
        return batches.out;
      }
    }
    Files.walkFileTree(base, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (cancelled.getAsBoolean()) {
          return FileVisitResult.TERMINATE;
        }
        String rel = relative(base, dir);
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        if (!dir.equals(base) && skipped(name, rel, ignore)) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        String rel = relative(base, file);
        if (attrs.isRegularFile() && accepted(rel, ignore, settings)) {
          return batches.add(new Pending(file, rel, attrs.size(), null, null));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException exc) {
        return batches.add(unreadable(file, exc));
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
        if (exc != null) {
          return batches.add(unlisted(dir, exc));
        }
        return FileVisitResult.CONTINUE;
      }
    });
    batches.flush();
    return batches.out;
  }

  /** Files read in parallel at a time: enough to keep the cores busy, few past a cap. */
  private static final int READ_BATCH = 256;

  /** Whether the walk takes a regular file at {@code rel} (forward slashes). */
  private static boolean accepted(String rel, GitIgnore ignore, Settings settings) {
    // The settings file is read even when include leaves it out: its own warnings count.
    return KindRouter.isCandidate(rel) && !ignore.ignored(rel)
        && (settings.accepts(rel) || rel.equals(Project.CONFIG_FILE));
  }

  /** Whether the walk leaves out the folder {@code name} at {@code rel}, below the root. */
  private static boolean skipped(String name, String rel, GitIgnore ignore) {
    return SKIP_DIRS.contains(name) || ignore.ignored(rel + "/");
  }

  private static Pending unreadable(Path file, IOException exc) {
    return new Pending(null, null, 0, "cannot read " + file + ", skipped: "
        + exc.getClass().getSimpleName(), null);
  }

  private static Pending unlisted(Path dir, IOException exc) {
    return new Pending(null, null, 0, "cannot list all of " + dir + ", rest skipped: "
        + exc.getClass().getSimpleName(), null);
  }

  /**
   * A file the walk accepted, not yet read (or read already, then {@code read} is set); or a
   * notice of the walk, kept in its place.
   */
  private record Pending(Path file, String rel, long size, String notice, Read read) {
  }

  /**
   * The walk of {@link Files#walkFileTree} (no links followed), its folders listed and its files
   * read on several threads at once, and its events put back in the order of the one-thread
   * walk: each folder keeps its entries in the order its listing gave them, a subfolder's events
   * in the place of its entry. Past the file or byte cap, or when cancelled, it gives up (null),
   * and the one-thread walk, which stops at the cap, is used instead.
   */
  private static final class ParallelWalk {
    /** A folder to list; once listed, its events, a subfolder as its {@code Dir}. */
    private static final class Dir {
      final Path path;
      final String rel;
      final List<Object> items = new ArrayList<>();

      Dir(Path path, String rel) {
        this.path = path;
        this.rel = rel;
      }
    }

    private final Path base;
    private final GitIgnore ignore;
    private final Settings settings;
    private final BooleanSupplier cancelled;
    private final java.util.concurrent.ConcurrentLinkedDeque<Dir> queue =
        new java.util.concurrent.ConcurrentLinkedDeque<>();
    /** Folders queued or being listed. */
    private final java.util.concurrent.atomic.AtomicInteger open =
        new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger files =
        new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong bytes =
        new java.util.concurrent.atomic.AtomicLong();
    private volatile boolean abandoned;

    ParallelWalk(Path base, GitIgnore ignore, Settings settings, BooleanSupplier cancelled) {
      this.base = base;
      this.ignore = ignore;
      this.settings = settings;
      this.cancelled = cancelled;
    }

    /** The walk's events in order, or null when it gave up. */
    List<Pending> run() {
      try {
        BasicFileAttributes attrs = Files.readAttributes(base, BasicFileAttributes.class,
            java.nio.file.LinkOption.NOFOLLOW_LINKS);
        if (!attrs.isDirectory()) {
          return null;
        }
      } catch (IOException | RuntimeException e) {
        return null;
      }
      Dir root = new Dir(base, "");
      open.set(1);
      queue.push(root);
      int helpers = Math.max(0, java.util.concurrent.ForkJoinPool.getCommonPoolParallelism());
      for (int i = 0; i < helpers; i++) {
        java.util.concurrent.ForkJoinPool.commonPool().execute(() -> work(true));
      }
      work(false);
      if (abandoned) {
        return null;
      }
      List<Pending> out = new ArrayList<>();
      flatten(root, out);
      return out;
    }

    /**
     * Lists queued folders until none is left to list or being listed. A failure gives the walk
     * up; on the calling thread it is thrown, on a pool thread (where nothing would report it,
     * an error as out of memory included) the one-thread walk meets it again.
     */
    private void work(boolean helper) {
      int idle = 0;
      while (!abandoned && open.get() > 0) {
        Dir d = queue.pollFirst();
        if (d == null) {
          if (++idle > 64) {
            java.util.concurrent.locks.LockSupport.parkNanos(20_000);
          } else {
            Thread.onSpinWait();
          }
          continue;
        }
        idle = 0;
        try {
          list(d);
        } catch (RuntimeException | Error e) {
          abandoned = true;
          if (!helper) {
            throw e;
          }
          return;
        } finally {
          open.decrementAndGet();
        }
      }
    }

    private void list(Dir d) {
      if (cancelled.getAsBoolean()) {
        abandoned = true;
        return;
      }
      String[] names = names(d.path);
      if (names != null) {
        for (String name : names) {
          visit(d, d.path.resolve(name));
        }
      } else {
        stream(d);
      }
      // The subfolders are queued already: other threads list them while this one reads.
      for (int i = 0; i < d.items.size(); i++) {
        if (d.items.get(i) instanceof Pending p && p.file() != null && !abandoned) {
          d.items.set(i, new Pending(p.file(), p.rel(), p.size(), null,
              readFile(p.file(), p.rel(), p.size(), true)));
        }
      }
    }

    /**
     * The names in a folder, in the order the system lists them (the order of a directory
     * stream), with half the system calls of a directory stream; null when the folder cannot be
     * listed so, or a name did not decode (the directory stream keeps its bytes), or the files
     * are not the system's own.
     */
    private static String[] names(Path dir) {
      if (dir.getFileSystem() != java.nio.file.FileSystems.getDefault()) {
        return null;
      }
      String[] names = dir.toFile().list();
      if (names == null) {
        return null;
      }
      for (String name : names) {
        if (name.indexOf('\uFFFD') >= 0) {
          return null;
        }
      }
      return names;
    }

    /** Lists a folder with a directory stream, which says why a folder cannot be listed. */
    private void stream(Dir d) {
      java.nio.file.DirectoryStream<Path> stream;
      try {
        stream = Files.newDirectoryStream(d.path);
      } catch (IOException e) {
        d.items.add(unreadable(d.path, e));
        return;
      }
      IOException failure = null;
      try {
        java.util.Iterator<Path> it = stream.iterator();
        while (true) {
          Path entry;
          try {
            if (!it.hasNext()) {
              break;
            }
            entry = it.next();
          } catch (java.nio.file.DirectoryIteratorException e) {
            failure = e.getCause();
            break;
          }
          visit(d, entry);
        }
      } finally {
        try {
          stream.close();
        } catch (IOException e) {
          if (failure == null) {
            failure = e;
          } else {
            failure.addSuppressed(e);
          }
        }
      }
      if (failure != null) {
        d.items.add(unlisted(d.path, failure));
      }
    }

    private void visit(Dir d, Path entry) {
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(entry, BasicFileAttributes.class,
            java.nio.file.LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        d.items.add(unreadable(entry, e));
        return;
      }
      String name = entry.getFileName().toString();
      String rel = d.rel.isEmpty() ? name : d.rel + "/" + name;
      if (attrs.isDirectory()) {
        if (skipped(name, rel, ignore)) {
          // The one-thread walk opens a folder before it decides to skip it.
          try {
            Files.newDirectoryStream(entry).close();
          } catch (IOException e) {
            d.items.add(unreadable(entry, e));
          }
          return;
        }
        Dir sub = new Dir(entry, rel);
        d.items.add(sub);
        open.incrementAndGet();
        queue.push(sub);
        return;
      }
      if (attrs.isRegularFile() && accepted(rel, ignore, settings)) {
        if (files.incrementAndGet() > MAX_SCAN_FILES
            || bytes.addAndGet(attrs.size()) > MAX_SCAN_BYTES) {
          abandoned = true;
        }
        d.items.add(new Pending(entry, rel, attrs.size(), null, null));
      }
    }

    private static void flatten(Dir d, List<Pending> out) {
      for (Object o : d.items) {
        if (o instanceof Dir sub) {
          flatten(sub, out);
        } else {
          out.add((Pending) o);
        }
      }
    }
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
          .map(p -> p.file() == null ? null : readFile(p.file(), p.rel(), p.size(), true))
          .toList();
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
    Read r = readFile(file, rel, size, false);
    if (r.warning() != null) {
      Log.warn(r.warning());
    }
    return r.file();
  }

  /**
   * Reads one file. {@code walked}: the walk has just found it a regular file (not following
   * links); asking again would only narrow the window in which a FIFO could take its place, not
   * close it, at a second stat a file.
   */
  private static Read readFile(Path file, String rel, long size, boolean walked) {
    if (!walked && !Files.isRegularFile(file)) {
      // A FIFO or device would block the read, or never end it.
      return new Read(null, "skipping " + rel + ": not a regular file");
    }
    if (size > MAX_READ_BYTES) {
      return new Read(null, "skipping " + rel + ": " + size / (1024 * 1024)
          + " MiB is too large to read");
    }
    try {
      byte[] bytes;
      // A plain stream reads straight into the array: no channel, no native buffer to copy from.
      try (java.io.InputStream in = new java.io.FileInputStream(file.toFile())) {
        bytes = walked ? readSized(in, (int) size) : in.readAllBytes();
      }
      if (looksBinary(bytes)) {
        return new Read(null, "skipping " + rel + ": a NUL byte in its first 8 KiB marks it as binary");
      }
      return new Read(new LoadedFile(file, rel, decode(bytes)), null);
    } catch (IOException e) {
      return new Read(null, "cannot read " + rel + ": " + e.getMessage());
    }
  }

  /**
   * The whole of a stream whose length the walk has just read: {@code size} bytes into an array of
   * that size, then one read to see the end. Unlike {@code readAllBytes}, it asks the system
   * neither the file's length nor its position again (two calls of the seven a file cost). A file
   * that shrank or grew since is still read whole.
   */
  static byte[] readSized(java.io.InputStream in, int size) throws IOException {
    byte[] bytes = new byte[size];
    int got = in.readNBytes(bytes, 0, size);
    if (got < size) {
      return Arrays.copyOf(bytes, got);
    }
    int next = in.read();
    if (next < 0) {
      return bytes;
    }
    byte[] rest = in.readAllBytes();
    byte[] all = Arrays.copyOf(bytes, size + 1 + rest.length);
    all[size] = (byte) next;
    System.arraycopy(rest, 0, all, size + 1, rest.length);
    return all;
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
