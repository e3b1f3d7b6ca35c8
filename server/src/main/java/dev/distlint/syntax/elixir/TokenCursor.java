package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.elixir.Token.Kind;
import java.util.List;
import java.util.Set;

/**
 * Position in the token list, with the look-ahead, skipping and recovery primitives the parser
 * shares. The cursor never moves past the final {@code EOF} token, so loops that stop at
 * {@code EOF} always terminate.
 */
abstract class TokenCursor {
  /** Words that end a block's statements. */
  private static final Set<String> BLOCK_WORDS = Set.of("end", "else", "after", "rescue", "catch");
  /** Words that are operators, never variables or call names. */
  static final Set<String> OPERATOR_WORDS = Set.of("and", "or", "in", "when", "not", "do");

  protected final String source;
  private final Token[] tokens;
  private int p;

  TokenCursor(String source, List<Token> tokens) {
    this.source = source;
    this.tokens = tokens.toArray(new Token[0]);
  }

  final Token peek() {
    return tokens[p];
  }

  final Token peekAt(int ahead) {
    return tokens[Math.min(p + ahead, tokens.length - 1)];
  }

  final Token next() {
    Token t = tokens[p];
    if (t.kind != Kind.EOF) {
      p++;
    }
    return t;
  }

  final int mark() {
    return p;
  }

  /** End offset of the last consumed token other than a line end (0 before any). */
  final int prevEnd() {
    int i = p - 1;
    while (i >= 0 && tokens[i].kind == Kind.EOL) {
      i--;
    }
    return i < 0 ? 0 : tokens[i].end;
  }

  final void skipEol() {
    while (tokens[p].kind == Kind.EOL) {
      p++;
    }
  }

  /** The first token after any line ends, without consuming. */
  final Token peekPastEol() {
    int i = p;
    while (tokens[i].kind == Kind.EOL) {
      i++;
    }
    return tokens[i];
  }

  /** The token after the current comma and any line ends that follow it, without consuming. */
  final Token peekAfterComma() {
    int i = p + 1;
    while (i < tokens.length - 1 && tokens[i].kind == Kind.EOL) {
      i++;
    }
    return tokens[Math.min(i, tokens.length - 1)];
  }

  /** Tokens where a statement list stops: closers, {@code end}/{@code else}/..., end of text. */
  static boolean isBlockEnd(Token t) {
    return switch (t.kind) {
      case EOF, RPAREN, RBRACKET, RBRACE, INTERP_END, STR_END, STR_PART -> true;
      case OP -> t.text.equals(">>");
      case IDENT -> BLOCK_WORDS.contains(t.text);
      default -> false;
    };
  }

  /** Whether {@code t} can begin an expression. */
  static boolean startsExpression(Token t) {
    return switch (t.kind) {
      case IDENT -> !isBlockEnd(t) && (!OPERATOR_WORDS.contains(t.text) || t.text.equals("not"));
      case ALIAS, ATOM, KEYWORD, INT, FLOAT, CHAR, STR_BEGIN, LPAREN, LBRACKET, LBRACE, UNKNOWN ->
          true;
      case OP -> Operators.isUnarySymbol(t.text) || t.text.equals("%") || t.text.equals("<<")
          || t.text.equals("...");
      default -> false;
    };
  }

  /** Whether {@code t} starts a keyword item: {@code key:} or {@code "key":}. */
  static boolean isKeywordStart(Token t) {
    return t.kind == Kind.KEYWORD || (t.kind == Kind.STR_BEGIN && t.keywordKey);
  }

  /** Column of {@code offset} in its line, in UTF-16 units. */
  final int columnOf(int offset) {
    return offset - lineStart(offset);
  }

  /** Width of the indentation of the line holding {@code offset}. */
  final int indentOf(int offset) {
    int i = lineStart(offset);
    int j = i;
    while (j < source.length() && (source.charAt(j) == ' ' || source.charAt(j) == '\t')) {
      j++;
    }
    return j - i;
  }

  private int lineStart(int offset) {
    int i = Math.min(offset, source.length());
    while (i > 0 && source.charAt(i - 1) != '\n') {
      i--;
    }
    return i;
  }

  static TextRange range(int start, int end) {
    return TextRange.of(start, Math.max(start, end));
  }

  /** Consumes one token as an opaque node (used to guarantee progress on unexpected input). */
  final ExOpaque opaqueToken() {
    Token t = next();
    return new ExOpaque(TextRange.of(t.start, t.end));
  }

  /**
   * Consumes a balanced run of tokens up to the next comma, line end or unmatched closer, as one
   * opaque node; a missing node when nothing could be consumed. Used beyond the depth limit, so it
   * must not recurse.
   */
  final ExOpaque skipOpaque() {
    int startMark = p;
    int start = peek().start;
    int depth = 0;
    while (true) {
      Token t = peek();
      if (t.kind == Kind.EOF) {
        break;
      }
      boolean closer = isCloser(t);
      if (depth == 0 && (closer || t.kind == Kind.COMMA || t.kind == Kind.EOL)) {
        break;
      }
      if (closer) {
        depth--;
      } else if (isOpener(t)) {
        depth++;
      }
      next();
    }
    return p == startMark ? ExOpaque.missing(start) : new ExOpaque(range(start, prevEnd()));
  }

  private static boolean isOpener(Token t) {
    return switch (t.kind) {
      case LPAREN, LBRACKET, LBRACE, STR_BEGIN, INTERP_BEGIN -> true;
      case OP -> t.text.equals("<<");
      case IDENT -> t.text.equals("do") || t.text.equals("fn");
      default -> false;
    };
  }

  private static boolean isCloser(Token t) {
    return switch (t.kind) {
      case RPAREN, RBRACKET, RBRACE, STR_END, INTERP_END -> true;
      case OP -> t.text.equals(">>");
      case IDENT -> t.text.equals("end");
      default -> false;
    };
  }
}
