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
import java.util.function.Function;

/**
 * An immutable set of parsed files checked together: a directory for the CLI, the workspace
 * folders plus open documents for the language server. Cross-file rules query it; aggregate facts
 * are memoised per workspace snapshot through {@link #fact}, and are built from per-file views,
 * so a new snapshot after one edit reuses every unchanged file's parse and views.
 */
public final class Workspace {
  private final Map<String, ParsedFile> files;
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

  public Collection<ParsedFile> files() {
    return files.values();
  }

  public ParsedFile file(String path) {
    return files.get(path);
  }

  /** The files of the given kinds, in file order; memoised, so rules may ask per file. */
  public List<ParsedFile> filesOf(FileKind... kinds) {
    java.util.EnumSet<FileKind> set = java.util.EnumSet.noneOf(FileKind.class);
    set.addAll(java.util.Arrays.asList(kinds));
    return fact(List.of("filesOf", set), ws -> {
      List<ParsedFile> out = new ArrayList<>();
      for (ParsedFile f : files.values()) {
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
  public <T> T fact(Object key, Function<Workspace, T> compute) {
    return facts.get(key, () -> compute.apply(this));
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
