package dev.distlint.syntax.elixir;

/**
 * A lexical token. Quoted literals (strings, charlists, sigils, quoted atoms) are a run of tokens:
 * {@code STR_BEGIN}, then {@code STR_PART} texts and {@code INTERP_BEGIN} ... {@code INTERP_END}
 * groups holding the interpolated code's own tokens, then {@code STR_END}. This flat shape lets the
 * lexer handle nested interpolation with an explicit stack instead of recursion.
 */
final class Token {
  enum Kind {
    IDENT, ALIAS, ATOM, KEYWORD, INT, FLOAT, CHAR,
    STR_BEGIN, STR_PART, INTERP_BEGIN, INTERP_END, STR_END,
    OP, LPAREN, RPAREN, LBRACKET, RBRACKET, LBRACE, RBRACE, COMMA, EOL, UNKNOWN, EOF
  }

  /** What a {@code STR_BEGIN} opens. */
  enum Quote { STRING, HEREDOC, CHARLIST, CHARLIST_HEREDOC, SIGIL, SIGIL_HEREDOC, ATOM }

  final Kind kind;
  final int start;
  final int end;
  /** Identifier, operator or keyword name; raw text of a part; sigil modifiers on STR_END. */
  final String text;
  /** Whitespace, a comment or a line break precedes the token. */
  final boolean spaceBefore;

  Quote quote;
  /** For a sigil's STR_BEGIN: the sigil name. */
  String sigil;
  /** On STR_BEGIN and STR_END of a quoted keyword key ({@code "key": v}). */
  boolean keywordKey;
  /** On a heredoc's STR_END: the indentation of the closing delimiter. */
  int indent;

  Token(Kind kind, int start, int end, String text, boolean spaceBefore) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.text = text;
    this.spaceBefore = spaceBefore;
  }

  boolean is(Kind k) {
    return kind == k;
  }

  boolean isOp(String op) {
    return kind == Kind.OP && text.equals(op);
  }

  boolean isWord(String word) {
    return kind == Kind.IDENT && text.equals(word);
  }

  @Override
  public String toString() {
    return kind + "(" + text + ")@" + start + ".." + end;
  }
}
