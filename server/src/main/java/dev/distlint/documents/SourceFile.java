package dev.distlint.documents;

import dev.distlint.base.LineIndex;
import dev.distlint.base.FileKind;
/**
 * One file's text as the engine sees it: a path (workspace-relative with forward slashes in the
 * CLI and tests, or the absolute path of an editor's document), its kind, and its text.
 */
public final class SourceFile {
  private final String path;
  private final Text text;
  private final FileKind kind;

  public SourceFile(String path, String text, FileKind kind) {
    this(path, new Text(text), kind);
  }

  /** A source whose line index is already known (an editor document's), so it is not rebuilt. */
  public SourceFile(String path, String text, FileKind kind, LineIndex lines) {
    this(path, new Text(text, lines), kind);
  }

  private SourceFile(String path, Text text, FileKind kind) {
    this.path = path;
    this.text = text;
    this.kind = kind;
  }

  public static SourceFile of(String path, String text) {
    return new SourceFile(path, text, KindRouter.route(path, text));
  }

  public String path() {
    return path;
  }

  public String text() {
    return text.value();
  }

  public FileKind kind() {
    return kind;
  }

  public LineIndex lines() {
    return text.lines();
  }

  /** The file name without directories. */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
