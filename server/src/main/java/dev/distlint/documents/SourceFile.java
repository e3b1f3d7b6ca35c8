package dev.distlint.documents;

import dev.distlint.base.LineIndex;
import dev.distlint.base.FileKind;
/**
 * One file's text as the engine sees it: a path (workspace-relative with forward slashes in the
 * CLI and tests, or the absolute path of an editor's document), its kind, and its text.
 */
public final class SourceFile {
  private final String path;
  private final String text;
  private final FileKind kind;
  private volatile LineIndex lines;

  public SourceFile(String path, String text, FileKind kind) {
    this.path = path;
    this.text = text;
    this.kind = kind;
  }

  /** A source whose line index is already known (an editor document's), so it is not rebuilt. */
  public SourceFile(String path, String text, FileKind kind, LineIndex lines) {
    this(path, text, kind);
    this.lines = lines;
  }

  public static SourceFile of(String path, String text) {
    return new SourceFile(path, text, KindRouter.route(path, text));
  }

  public String path() {
    return path;
  }

  public String text() {
    return text;
  }

  public FileKind kind() {
    return kind;
  }

  public LineIndex lines() {
    LineIndex l = lines;
    if (l == null) {
      l = new LineIndex(text);
      lines = l;
    }
    return l;
  }

  /** The file name without directories. */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
