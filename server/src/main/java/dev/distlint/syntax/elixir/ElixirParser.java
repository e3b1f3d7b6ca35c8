package dev.distlint.syntax.elixir;

import static dev.distlint.syntax.elixir.Operators.LOWEST;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.elixir.Token.Kind;
import dev.distlint.syntax.elixir.Token.Quote;
import java.util.ArrayList;
import java.util.List;

/**
 * A tolerant recursive-descent parser for Elixir: statements, clauses, do-blocks and the literal
 * forms (collections, maps, strings, anonymous functions). Operators and calls are in
 * {@link ExpressionParser}. It reports no syntax errors: unexpected tokens become
 * {@link ExOpaque} nodes and unclosed constructs end where the text does, so the half-typed file
 * in an editor still yields a useful tree.
 */
final class ElixirParser extends ExpressionParser {
  /** Nesting depth beyond which the parser stops building the tree and keeps an opaque node. */
  static final int MAX_DEPTH = 200;

  ElixirParser(String source, List<Token> tokens) {
    super(source, tokens);
  }

  ExBlock parseFile() {
    List<ExNode> all = new ArrayList<>();
    while (true) {
      all.addAll(parseStatements());
      if (peek().is(Kind.EOF)) {
        break;
      }
      all.add(opaqueToken());
    }
    return new ExBlock(null, all, TextRange.of(0, source.length()));
  }

  /**
   * Statements up to a block end; when the block holds clauses ({@code head -> body}) the result
   * is the list of {@link ExClause}s (and any stray statements before the first clause).
   */
  List<ExNode> parseStatements() {
    boolean saved = allowDo;
    allowDo = true;
    try {
      List<ExNode> statements = new ArrayList<>();
      List<ExNode> clauses = null;
      List<ExNode> head = null;
      int arrowEnd = 0;
      while (true) {
        skipEol();
        if (isBlockEnd(peek())) {
          break;
        }
        if (peek().is(Kind.COMMA)) {
          next();
          continue;
        }
        int before = mark();
        List<ExNode> exprs = new ArrayList<>();
        exprs.add(parseExpression(LOWEST));
        while (peek().is(Kind.COMMA)) {
          Token after = peekAfterComma();
          next();
          if (isBlockEnd(after) || after.isOp("->")) {
            break;
          }
          skipEol();
          exprs.add(parseExpression(LOWEST));
        }
        if (peek().isOp("->")) {
          int newArrowEnd = next().end;
          if (clauses == null) {
            clauses = new ArrayList<>(statements);
          } else {
            clauses.add(clause(head, statements, arrowEnd));
          }
          head = exprs;
          statements = new ArrayList<>();
          arrowEnd = newArrowEnd;
        } else {
          statements.addAll(exprs);
        }
        if (mark() == before) {
          statements.add(opaqueToken());
        }
      }
      if (clauses != null) {
        clauses.add(clause(head, statements, arrowEnd));
        return clauses;
      }
      return statements;
    } finally {
      allowDo = saved;
    }
  }

  private static ExClause clause(List<ExNode> head, List<ExNode> body, int arrowEnd) {
    int bodyEnd = body.isEmpty() ? arrowEnd : body.get(body.size() - 1).range().end();
    int bodyStart = body.isEmpty() ? arrowEnd : body.get(0).range().start();
    int start = head.isEmpty() ? arrowEnd : head.get(0).range().start();
    ExBlock block = new ExBlock(null, body, range(bodyStart, bodyEnd));
    return new ExClause(head, block, range(start, Math.max(arrowEnd, bodyEnd)));
  }

  @Override
  List<ExBlock> parseDoBlocks() {
    List<ExBlock> blocks = new ArrayList<>();
    Token label = next();
    while (true) {
      List<ExNode> body = parseStatements();
      int end = body.isEmpty() ? label.end : body.get(body.size() - 1).range().end();
      blocks.add(new ExBlock(label.text, body, range(label.start, end)));
      Token t = peek();
      if (t.is(Kind.IDENT) && !t.text.equals("end") && isBlockEnd(t)) {
        label = next();
        continue;
      }
      if (t.isWord("end")) {
        next();
      }
      return blocks;
    }
  }

  @Override
  ExNode parsePrimary() {
    Token t = peek();
    switch (t.kind) {
      case INT, FLOAT:
        next();
        return new ExNumber(t.text, Literals.number(t.text), TextRange.of(t.start, t.end));
      case CHAR:
        next();
        return new ExNumber(t.text, Literals.charValue(t.text), TextRange.of(t.start, t.end));
      case ATOM:
        next();
        return new ExAtom(t.text, TextRange.of(t.start, t.end));
      case ALIAS:
        next();
        return new ExAlias(t.text, TextRange.of(t.start, t.end));
      case KEYWORD:
        return parseBareKeywords();
      case STR_BEGIN:
        return t.keywordKey ? parseBareKeywords() : parseStringLike();
      case LBRACKET:
        next();
        List<ExNode> items = parseItems(Kind.RBRACKET);
        return new ExList(items, range(t.start, prevEnd()));
      case LBRACE:
        next();
        List<ExNode> elements = wrapTrailingKeywords(parseItems(Kind.RBRACE));
        return new ExTuple(elements, range(t.start, prevEnd()));
      case LPAREN:
        return parseGroup();
      case OP:
        return primaryOperator(t);
      case IDENT:
        return primaryWord(t);
      case UNKNOWN:
        return opaqueToken();
      default:
        return ExOpaque.missing(t.start);
    }
  }

  private ExNode primaryOperator(Token t) {
    switch (t.text) {
      case "%":
        return new MapParser(this).parseMap();
      case "<<":
        next();
        List<ExNode> items = parseItems(Kind.OP);
        return new ExCall("<<>>", null, items, List.of(), TextRange.of(t.start, t.end),
            range(t.start, prevEnd()));
      case "...":
        next();
        return new ExVar("...", TextRange.of(t.start, t.end));
      default:
        return ExOpaque.missing(t.start);
    }
  }

  private ExNode primaryWord(Token t) {
    switch (t.text) {
      case "true", "false", "nil":
        next();
        return new ExAtom(t.text, TextRange.of(t.start, t.end));
      case "fn":
        next();
        List<ExNode> clauses = parseStatements();
        if (peek().isWord("end")) {
          next();
        }
        return new ExFn(clauses, range(t.start, prevEnd()));
      case "do":
        return skipOpaque();
      default:
        if (isBlockEnd(t) || OPERATOR_WORDS.contains(t.text)) {
          return ExOpaque.missing(t.start);
        }
        next();
        return callAfterName(t, null);
    }
  }

  private ExNode parseGroup() {
    Token open = next();
    List<ExNode> statements = parseStatements();
    if (peek().is(Kind.RPAREN)) {
      next();
    }
    if (statements.size() == 1 && !(statements.get(0) instanceof ExClause)) {
      return statements.get(0);
    }
    return new ExBlock(null, statements, range(open.start, prevEnd()));
  }

  @Override
  List<ExNode> parseItems(Kind closer) {
    boolean saved = allowDo;
    allowDo = true;
    try {
      List<ExNode> items = new ArrayList<>();
      while (true) {
        skipEol();
        Token t = peek();
        if (t.kind == closer && (closer != Kind.OP || t.text.equals(">>"))) {
          next();
          break;
        }
        if (isBlockEnd(t)) {
          break;
        }
        if (t.is(Kind.COMMA)) {
          next();
          continue;
        }
        int before = mark();
        ExNode item = isKeywordStart(t) ? parsePair() : parseExpression(LOWEST);
        items.add(mark() == before ? opaqueToken() : item);
        skipEol();
        if (peek().is(Kind.COMMA)) {
          next();
        }
      }
      return items;
    } finally {
      allowDo = saved;
    }
  }

  @Override
  ExNode parseStringLike() {
    Token begin = next();
    StringBuilder raw = new StringBuilder();
    List<ExNode> interpolations = new ArrayList<>();
    boolean interpolated = false;
    Token end = null;
    while (end == null) {
      Token t = peek();
      if (t.is(Kind.STR_PART)) {
        raw.append(next().text);
      } else if (t.is(Kind.INTERP_BEGIN)) {
        next();
        interpolated = true;
        List<ExNode> statements = parseStatements();
        skipToInterpolationEnd();
        interpolations.add(statements.size() == 1 ? statements.get(0)
            : new ExBlock(null, statements, range(t.start, prevEnd())));
      } else if (t.is(Kind.STR_END)) {
        end = next();
      } else {
        break;
      }
    }
    TextRange r = range(begin.start, prevEnd());
    return literal(begin, end, raw.toString(), interpolated, interpolations, r);
  }

  private static ExNode literal(Token begin, Token end, String raw, boolean interpolated,
      List<ExNode> interpolations, TextRange r) {
    Quote q = begin.quote;
    boolean heredoc = q == Quote.HEREDOC || q == Quote.CHARLIST_HEREDOC || q == Quote.SIGIL_HEREDOC;
    String body = heredoc ? Literals.dedent(raw, end == null ? 0 : end.indent) : raw;
    switch (q) {
      case SIGIL, SIGIL_HEREDOC:
        return new ExSigil(begin.sigil, interpolated ? null : body, interpolated, interpolations,
            end == null ? "" : end.text, r);
      case CHARLIST, CHARLIST_HEREDOC:
        return new ExCharlist(interpolated ? null : Literals.unescape(body), interpolated,
            interpolations, r);
      case ATOM:
        return new ExAtom(interpolated ? raw : Literals.unescape(raw), r);
      default:
        return new ExString(interpolated ? null : Literals.unescape(body), interpolated,
            interpolations, r);
    }
  }

  /** Skips anything left in an interpolation after its statements, and its closing brace. */
  private void skipToInterpolationEnd() {
    int nested = 0;
    while (!peek().is(Kind.EOF)) {
      Token t = next();
      if (t.is(Kind.INTERP_BEGIN)) {
        nested++;
      } else if (t.is(Kind.INTERP_END) && nested-- == 0) {
        return;
      }
    }
  }
}
