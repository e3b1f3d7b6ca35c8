package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import java.util.List;

/**
 * One parsed Elixir file: its text, the statements at top level, and its comments. Parsing never
 * fails: whatever the input, {@link #parse(String)} returns a tree whose unreadable parts are
 * {@link ExOpaque} nodes, because the editor shows half-typed files all the time.
 */
public record ElixirFile(String text, ExBlock root, List<ExComment> comments) {
  public ElixirFile {
    comments = List.copyOf(comments);
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
}
