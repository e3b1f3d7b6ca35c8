package dev.distlint.documents;


import dev.distlint.base.PositionEncoding;
import dev.distlint.base.LineIndex;
/**
 * The text of one open document at one version. Immutable: an edit produces a new instance, so
 * an analysis running on an older version never sees a half-applied change.
 */
public final class TextDocument {
  private final String uri;
  private final int version;
  private final Text text;

  public TextDocument(String uri, int version, String text) {
    this(uri, version, new Text(text));
  }

  private TextDocument(String uri, int version, Text text) {
    this.uri = uri;
    this.version = version;
    this.text = text;
  }

  public String uri() {
    return uri;
  }

  public int version() {
    return version;
  }

  public String text() {
    return text.value();
  }

  public LineIndex lines() {
    return text.lines();
  }

  /**
   * Applies one incremental change. Positions outside the text are clamped to it (a client bug
   * must not corrupt the document or crash the server); a start after the end is swapped.
   */
  public TextDocument applyChange(int startLine, int startChar, int endLine, int endChar,
      String newText, int newVersion, PositionEncoding enc) {
    LineIndex idx = lines();
    int a = idx.offset(startLine, startChar, enc);
    int b = idx.offset(endLine, endChar, enc);
    if (b < a) {
      int t = a;
      a = b;
      b = t;
    }
    String old = text.value();
    String next = old.substring(0, a) + newText + old.substring(b);
    // The line index follows the edit instead of reading the whole text again.
    return new TextDocument(uri, newVersion, new Text(next, idx.edited(a, b, newText, next)));
  }

  public TextDocument replaceAll(String newText, int newVersion) {
    return new TextDocument(uri, newVersion, newText);
  }
}
