package dev.distlint.documents;

import dev.distlint.base.LineIndex;
import dev.distlint.base.Memo;
import dev.distlint.base.FileKind;
import dev.distlint.base.ParseProblem;
import dev.distlint.base.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * The immutable snapshot of one file at one version that rules and editor features share. Front
 * ends and typed views are computed lazily, once, through {@link View}s.
 */
public final class ParsedFile {
  /** Files above this size are not parsed; a {@code file-too-large} finding says so. */
  public static final int MAX_CHARS = 4 * 1024 * 1024;

  private final SourceFile source;
  private final int version;
  private final Memo views = new Memo();
  private final Object context;
  /** Variants by context, a few at most (a chart's values, the services of a compose file). */
  private final java.util.Map<Object, ParsedFile> variants =
      new java.util.concurrent.ConcurrentHashMap<>();

  public ParsedFile(SourceFile source, int version) {
    this(source, version, null);
  }

  private ParsedFile(SourceFile source, int version, Object context) {
    this.source = source;
    this.version = version;
    this.context = context;
  }

  /**
   * This file read in a context other files give it (a Helm template with its chart's values,
   * the services one project runs of a compose file): same text, its own views. The last few
   * variants are kept, so an unchanged context reuses its variant and what it computed.
   */
  public ParsedFile inContext(Object ctx) {
    ParsedFile v = variants.get(ctx);
    if (v == null) {
      if (variants.size() >= 8) {
        variants.clear();
      }
      v = variants.computeIfAbsent(ctx, c -> new ParsedFile(source, version, c));
    }
    return v;
  }

  /**
   * This file read in {@code ctx} without keeping the variant: for contexts made once per
   * analysis and many at a time (one per YAML document), which the few kept variants would churn.
   */
  public ParsedFile transientContext(Object ctx) {
    return new ParsedFile(source, version, ctx);
  }

  /** The context this file is read in, or null. */
  public Object context() {
    return context;
  }

  public static ParsedFile of(String path, String text) {
    return of(path, text, 0);
  }

  /** The snapshot of a file's text at a version; its kind comes from the router. */
  public static ParsedFile of(String path, String text, int version) {
    return new ParsedFile(SourceFile.of(path, text), version);
  }

  /** The snapshot of an open document, sharing the document's line index. */
  public static ParsedFile of(String path, TextDocument doc) {
    return new ParsedFile(new SourceFile(path, doc.text(), KindRouter.route(path, doc.text()),
        doc.lines()), doc.version());
  }

  public SourceFile source() {
    return source;
  }

  public String path() {
    return source.path();
  }

  public String text() {
    return source.text();
  }

  public FileKind kind() {
    return source.kind();
  }

  public int version() {
    return version;
  }

  public LineIndex lines() {
    return source.lines();
  }

  public boolean tooLarge() {
    return source.text().length() > MAX_CHARS;
  }

  /** The view's value for this file, computed on first use. */
  @SuppressWarnings("unchecked")
  public <T> T view(View<T> view) {
    Object done = views.peek(view);
    if (done != Memo.ABSENT) {
      return (T) done;
    }
    return views.get(view, () -> view.compute(this));
  }

  /**
   * Drops what was computed for this file (its views, the variants kept for contexts) to free
   * the memory: for a batch check, once no rule will ask for them again. A later request
   * computes them anew, so this changes no answer, only its cost. Variants other workspaces hold
   * keep theirs.
   */
  public void forget() {
    views.clear();
    variants.clear();
  }

  /** Problems from reading the file: size, syntax. */
  public List<ParseProblem> problems() {
    List<ParseProblem> out = new ArrayList<>();
    if (tooLarge()) {
      out.add(new ParseProblem("file-too-large", new TextRange(0, 0),
          "File skipped: " + (text().length() / 1024) + " KiB is above the "
              + (MAX_CHARS / 1024 / 1024) + " MiB limit for analysis."));
    }
    return out;
  }

  /** The text of a range (for messages; never for secrets). */
  public String slice(TextRange r) {
    String t = source.text();
    return t.substring(Math.min(r.start(), t.length()), Math.min(r.end(), t.length()));
  }
}
