package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import java.util.List;

/**
 * An atom: {@code :foo}, {@code :"quoted atom"}, {@code :foo?}, an operator atom such as
 * {@code :==}, the literals {@code true}, {@code false} and {@code nil}, and the key of a keyword
 * item ({@code key:} or {@code "quoted key":}). {@code name} has no leading colon; for a keyword
 * key the range covers the key text without its trailing colon.
 */
public record ExAtom(String name, TextRange range) implements ExNode {
  @Override
  public List<ExNode> children() {
    return List.of();
  }
}
