package dev.distlint.workspace;

import dev.distlint.base.Memo;
import dev.distlint.documents.View;
import dev.distlint.documents.ParsedFile;
import dev.distlint.base.FileKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.function.Function;

/**
 * An immutable set of parsed files checked together: a directory for the CLI, the workspace
 * folders plus open documents for the language server. Cross-file rules query it; aggregate facts
 * are memoised per workspace snapshot through {@link #fact}, and are built from per-file views,
 * so a new snapshot after one edit reuses every unchanged file's parse and views.
 */
public final class Workspace {
  private static final Object ALL_FILES = "all-files";
  private final Map<String, ParsedFile> files;
  private static final ThreadLocal<Map<Object, Read>> READS = new ThreadLocal<>();
  private final Memo facts = new Memo();

  public Workspace(Collection<ParsedFile> files) {
    Map<String, ParsedFile> m = new LinkedHashMap<>();
    for (ParsedFile f : files) {
      m.put(f.path(), f);
    }
    this.files = Collections.unmodifiableMap(m);
  }

  public static Workspace of(ParsedFile... files) {
    return new Workspace(List.of(files));
  }

  /** Every file; a rule that asks depends on all of them. */
  public Collection<ParsedFile> files() {
    return fact(ALL_FILES, ws -> List.copyOf(ws.files.values()));
  }

  /**
   * The file at {@code path}, or null. A map lookup, so it is not memoised; a rule's run that
   * records its reads records it as a fact, which a later snapshot compares.
   */
  public ParsedFile file(String path) {
    if (path == null) {
      return null;
    }
    Map<Object, Read> reads = READS.get();
    if (reads != null) {
      reads.putIfAbsent(List.of("file", path), new Read(List.of("file", path),
          ws -> ws.files.get(path)));
    }
    return files.get(path);
  }

  /**
   * Whether the workspace holds a file at {@code path}. Not recorded as a read: for the server's
   * bookkeeping, not for rules (which ask {@link #file}).
   */
  public boolean has(String path) {
    return files.containsKey(path);
  }

  /** The files of the given kinds, in file order; memoised, so rules may ask per file. */
  public List<ParsedFile> filesOf(FileKind... kinds) {
    java.util.EnumSet<FileKind> set = java.util.EnumSet.noneOf(FileKind.class);
    set.addAll(java.util.Arrays.asList(kinds));
    return fact(List.of("filesOf", set), ws -> {
      List<ParsedFile> out = new ArrayList<>();
      for (ParsedFile f : ws.files.values()) {
        if (set.contains(f.kind())) {
          out.add(f);
        }
      }
      return List.copyOf(out);
    });
  }

  /** A new workspace with {@code file} added or replacing the file at its path. */
  public Workspace with(ParsedFile file) {
    Map<String, ParsedFile> m = new LinkedHashMap<>(files);
    m.put(file.path(), file);
    return new Workspace(m.values());
  }

  public Workspace without(String path) {
    Map<String, ParsedFile> m = new LinkedHashMap<>(files);
    m.remove(path);
    return new Workspace(m.values());
  }

  /**
   * An aggregate fact, computed once per workspace snapshot. A fact may be null ("the workspace
   * does not say"); it is stored as a marker, since the map cannot hold null values.
   */
  @SuppressWarnings("unchecked")
  public <T> T fact(Object key, Function<Workspace, T> compute) {
    Map<Object, Read> reads = READS.get();
    if (reads != null) {
      reads.putIfAbsent(key, new Read(key, compute));
    }
    Object done = facts.peek(key);
    if (done != Memo.ABSENT) {
      return (T) done;
    }
    return facts.get(key, () -> compute.apply(this));
  }

  /**
   * Drops the facts computed so far and the views of this workspace's files, to free the memory
   * once no rule will ask for them again (a batch check, after the last of its files). A later
   * request computes them anew: this changes no answer, only its cost.
   */
  public void forget() {
    facts.clear();
    files.values().forEach(ParsedFile::forget);
  }

  /**
   * Runs {@code work} and returns the keys of the workspace facts it read on this thread (file
   * lists and aggregates alike): what a rule's result depends on besides its own file.
   */
  public static Map<Object, Read> recordingReads(Runnable work) {
    Map<Object, Read> outer = READS.get();
    Map<Object, Read> mine = new HashMap<>();
    READS.set(mine);
    try {
      work.run();
    } finally {
      READS.set(outer);
      if (outer != null) {
        mine.forEach(outer::putIfAbsent);
      }
    }
    return mine;
  }

  /** One fact read: its key and how to compute it, so a later snapshot can compute it again. */
  public record Read(Object key, Function<Workspace, ?> compute) {
    /** This fact's value in {@code ws}. */
    public Object in(Workspace ws) {
      return ws.fact(key, compute);
    }

    /** Whether the fact has an equal value in both snapshots (what lets a result be reused). */
    public boolean sameIn(Workspace before, Workspace after) {
      return java.util.Objects.equals(in(before), in(after));
    }
  }

  /** All values of a per-file view over the files of the given kinds, in file order. */
  public <T> List<T> collect(View<List<T>> view, FileKind... kinds) {
    return fact(List.of("collect", view, List.of(kinds)), ws -> {
      List<T> out = new ArrayList<>();
      for (ParsedFile f : ws.filesOf(kinds)) {
        out.addAll(f.view(view));
      }
      return List.copyOf(out);
    });
  }
}
