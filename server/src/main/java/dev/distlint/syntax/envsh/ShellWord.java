package dev.distlint.syntax.envsh;

import dev.distlint.base.TextRange;
import java.util.List;

/**
 * One shell word as the lexer saw it.
 *
 * @param unquoted the word with quotes, escapes and line continuations removed
 * @param range the word as written
 * @param expansions expansions inside the word, in order
 * @param quotes the top-level quoted spans of the word
 */
record ShellWord(String unquoted, TextRange range, List<Expansion> expansions,
    List<QuoteSpan> quotes) {

  /** A quoted span: the opening quote, the end of its content, and the end after the close. */
  record QuoteSpan(int open, int innerEnd, int end) {}
}
