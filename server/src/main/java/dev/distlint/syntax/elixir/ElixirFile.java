package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import java.util.List;
import java.util.Objects;

/**
 * One parsed Elixir file: its text, the statements at top level, and its comments. Parsing never
 * fails: whatever the input, {@link #parse(String)} returns a tree whose unreadable parts are
 * {@link ExOpaque} nodes, because the editor shows half-typed files all the time.
 */
public final class ElixirFile {
  private final String text;
  private final ExBlock root;
  private final List<ExComment> comments;
  /** The tree in pre-order, made at the first walk of the whole file (views walk it many times). */
  private volatile ExWalker.Flat flat;

  public ElixirFile(String text, ExBlock root, List<ExComment> comments) {
    this.text = text;
    this.root = root;
    this.comments = List.copyOf(comments);
  }

  public String text() {
    return text;
  }

  /** The whole file as a block of its top-level statements. */
  public ExBlock root() {
    return root;
  }

  public List<ExComment> comments() {
    return comments;
  }

  /** The tree laid out for walks of the whole file; made once, by whichever thread asks first. */
  ExWalker.Flat flat() {
    ExWalker.Flat f = flat;
    if (f == null) {
      f = ExWalker.Flat.of(root);
      flat = f;
    }
    return f;
  }

  /** Parses {@code text}; never throws and never evaluates anything. */
  public static ElixirFile parse(String text) {
    String source = text == null ? "" : text;
    try {
      ElixirLexer.Result lexed = new ElixirLexer(source).lex();
      ExBlock root = new ElixirParser(source, lexed.tokens()).parseFile();
      return new ElixirFile(source, root, lexed.comments());
    } catch (RuntimeException | StackOverflowError e) {
      TextRange all = TextRange.of(0, source.length());
      List<ExNode> body = source.isEmpty() ? List.of() : List.of(new ExOpaque(all));
      return new ElixirFile(source, new ExBlock(null, body, all), List.of());
    }
  }

  /** The top-level statements. */
  public List<ExNode> statements() {
    return root.statements();
  }

  /** The source text of {@code range}. */
  public String slice(TextRange range) {
    return text.substring(range.start(), range.end());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ElixirFile other && text.equals(other.text) && root.equals(other.root)
        && comments.equals(other.comments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, root, comments);
  }

  @Override
  public String toString() {
    return "ElixirFile[text=" + text + ", root=" + root + ", comments=" + comments + "]";
  }
}
