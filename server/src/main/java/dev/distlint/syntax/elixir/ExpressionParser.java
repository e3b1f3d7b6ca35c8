package dev.distlint.syntax.elixir;

import static dev.distlint.syntax.elixir.Operators.LOWEST;

import dev.distlint.lint.TextRange;
import dev.distlint.syntax.elixir.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Operators, postfix forms (dots, access, calls) and call arguments. Every recursive path of the
 * parser passes through {@link #parseExpression(int)}, which counts nesting and turns whatever
 * lies beyond {@link ElixirParser#MAX_DEPTH} into one opaque node, so no input can exhaust the
 * stack. Chains that grow without recursing (left-associative operators, dot chains) are bounded
 * the same way because each link deepens the tree.
 */
abstract class ExpressionParser extends TokenCursor {
  private int depth;
  /** Whether a {@code do} may attach to the call being parsed (false inside no-paren arguments). */
  boolean allowDo = true;

  ExpressionParser(String source, List<Token> tokens) {
    super(source, tokens);
  }

  abstract ExNode parsePrimary();

  abstract List<ExBlock> parseDoBlocks();

  /** Items up to {@code closer} (consumed when present), keyword items as {@link ExPair}s. */
  abstract List<ExNode> parseItems(Kind closer);

  abstract ExNode parseStringLike();

  final ExNode parseExpression(int minPrecedence) {
    if (depth >= ElixirParser.MAX_DEPTH) {
      return skipOpaque();
    }
    depth++;
    try {
      return binaryTail(parseUnary(), minPrecedence);
    } finally {
      depth--;
    }
  }

  private ExNode binaryTail(ExNode first, int minPrecedence) {
    ExNode left = first;
    int chain = 0;
    while (true) {
      if (peek().is(Kind.EOL)) {
        String next = binaryOperator(peekPastEol(), false);
        if (next == null || !Operators.continuesLine(next)) {
          return left;
        }
        if (Operators.binary(next).precedence() < minPrecedence) {
          return left;
        }
        skipEol();
      }
      String op = binaryOperator(peek(), true);
      Operators.Info info = op == null ? null : Operators.binary(op);
      if (info == null || info.precedence() < minPrecedence) {
        return left;
      }
      int opEnd = next().end;
      if (op.equals("not in")) {
        opEnd = next().end;
      }
      skipEol();
      ExNode right;
      if (depth + chain >= ElixirParser.MAX_DEPTH) {
        right = skipOpaque();
      } else if (!startsExpression(peek())) {
        right = ExOpaque.missing(opEnd);
      } else {
        right = parseExpression(info.rightAssoc() ? info.precedence() : info.precedence() + 1);
      }
      int end = Math.max(opEnd, right.range().end());
      if (op.equals("..") && right instanceof ExBinary step && step.op().equals("//")) {
        ExNode range = new ExBinary(op, left, step.left(),
            range(left.range().start(), step.left().range().end()));
        left = new ExBinary("//", range, step.right(), range(left.range().start(), end));
      } else {
        left = new ExBinary(op, left, right, range(left.range().start(), end));
      }
      chain++;
    }
  }

  private String binaryOperator(Token t, boolean current) {
    if (t.kind == Kind.OP) {
      return Operators.binary(t.text) != null ? t.text : null;
    }
    if (t.kind == Kind.IDENT) {
      switch (t.text) {
        case "and", "or", "in", "when":
          return t.text;
        case "not":
          return current && peekAt(1).isWord("in") ? "not in" : null;
        default:
          return null;
      }
    }
    return null;
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

  private ExNode parseUnary() {
    Token t = peek();
    boolean unary = (t.kind == Kind.OP && Operators.isUnarySymbol(t.text)) || t.isWord("not");
    if (!unary) {
      return parsePostfix(parsePrimary());
    }
    next();
    if (t.text.equals("@")) {
      return parsePostfix(parseAttribute(t));
    }
    int precedence = t.text.equals("&") ? Operators.CAPTURE_OPERAND : Operators.UNARY_OPERAND;
    ExNode operand = startsExpression(peek())
        ? parseExpression(precedence) : ExOpaque.missing(t.end);
    TextRange r = range(t.start, Math.max(t.end, operand.range().end()));
    if ((t.text.equals("-") || t.text.equals("+")) && operand instanceof ExNumber num
        && num.range().start() == t.end) {
      return new ExNumber(t.text + num.text(), Literals.negateIf(t.text.equals("-"), num.value()), r);
    }
    return new ExUnary(t.text, operand, r);
  }

  private ExNode parseAttribute(Token at) {
    Token name = peek();
    if (name.kind != Kind.IDENT || name.spaceBefore || isBlockEnd(name)) {
      ExNode operand = startsExpression(name)
          ? parseExpression(Operators.UNARY_OPERAND) : ExOpaque.missing(at.end);
      return new ExUnary("@", operand, range(at.start, Math.max(at.end, operand.range().end())));
    }
    next();
    ExNode value = null;
    Token t = peek();
    if (t.is(Kind.LPAREN) && !t.spaceBefore) {
      next();
      List<ExNode> args = wrapTrailingKeywords(parseItems(Kind.RPAREN));
      value = args.isEmpty() ? ExOpaque.missing(prevEnd()) : args.get(0);
    } else if (canStartNoParenArg(t)) {
      boolean saved = allowDo;
      allowDo = false;
      value = parseExpression(LOWEST);
      allowDo = saved;
    }
    int end = value == null ? name.end : Math.max(name.end, prevEnd());
    return new ExAttribute(name.text, value, TextRange.of(name.start, name.end),
        range(at.start, end));
  }

  private ExNode parsePostfix(ExNode first) {
    ExNode node = first;
    int chain = 0;
    while (true) {
      Token t = peek();
      boolean dot = t.isOp(".");
      boolean access = t.is(Kind.LBRACKET) && !t.spaceBefore;
      if (!dot && !access) {
        return node;
      }
      int start = node.range().start();
      if (depth + chain >= ElixirParser.MAX_DEPTH) {
        ExOpaque rest = skipOpaque();
        return new ExOpaque(range(start, Math.max(node.range().end(), rest.range().end())));
      }
      chain++;
      next();
      if (access) {
        List<ExNode> items = parseItems(Kind.RBRACKET);
        ExNode key = items.isEmpty() ? ExOpaque.missing(t.end) : items.get(0);
        node = new ExCall("Access.get", null, List.of(node, key), List.of(),
            TextRange.of(t.start, t.end), range(start, prevEnd()));
        continue;
      }
      Token u = peek();
      if (u.is(Kind.ALIAS)) {
        next();
        String qualifier = node instanceof ExAlias a ? a.name() : text(node.range());
        node = new ExAlias(qualifier + "." + u.text, range(start, u.end));
      } else if (u.is(Kind.IDENT)) {
        next();
        node = callAfterName(u, node);
      } else if (u.is(Kind.LPAREN)) {
        next();
        List<ExNode> args = wrapTrailingKeywords(parseItems(Kind.RPAREN));
        node = new ExCall(".", node, args, List.of(), TextRange.of(t.start, t.end),
            range(start, prevEnd()));
      } else if (u.is(Kind.LBRACE)) {
        next();
        List<ExNode> items = parseItems(Kind.RBRACE);
        node = new ExCall("{}", node, items, List.of(), TextRange.of(u.start, u.end),
            range(start, prevEnd()));
      } else if (u.is(Kind.STR_BEGIN)) {
        ExNode quoted = parseStringLike();
        String fun = quoted.asStringValue().orElse(text(quoted.range()));
        List<ExNode> args = List.of();
        if (peek().is(Kind.LPAREN) && !peek().spaceBefore) {
          next();
          args = wrapTrailingKeywords(parseItems(Kind.RPAREN));
        }
        node = new ExCall(qualified(node, fun), node, args, List.of(), quoted.range(),
            range(start, prevEnd()));
      } else {
        return new ExOpaque(range(start, t.end));
      }
    }
  }

  /** A call (or a variable) whose name token {@code nameTok} has just been consumed. */
  final ExNode callAfterName(Token nameTok, ExNode receiver) {
    int start = receiver == null ? nameTok.start : receiver.range().start();
    List<ExNode> args = null;
    Token t = peek();
    if (t.is(Kind.LPAREN) && !t.spaceBefore) {
      next();
      args = wrapTrailingKeywords(parseItems(Kind.RPAREN));
    } else if (canStartNoParenArg(t)
        && (receiver != null || !OPERATOR_WORDS.contains(nameTok.text))) {
      args = noParenArgs(start);
    }
    List<ExBlock> blocks = List.of();
    if (allowDo && peek().isWord("do")) {
      blocks = parseDoBlocks();
    }
    if (args == null && blocks.isEmpty() && receiver == null) {
      return new ExVar(nameTok.text, TextRange.of(nameTok.start, nameTok.end));
    }
    String name = receiver == null ? nameTok.text : qualified(receiver, nameTok.text);
    return new ExCall(name, receiver, args == null ? List.of() : args, blocks,
        TextRange.of(nameTok.start, nameTok.end), range(start, prevEnd()));
  }

  private static String qualified(ExNode receiver, String fun) {
    if (receiver instanceof ExAlias a) {
      return a.name() + "." + fun;
    }
    if (receiver instanceof ExAtom a) {
      return ":" + a.name() + "." + fun;
    }
    return fun;
  }

  private static boolean canStartNoParenArg(Token t) {
    if (!t.spaceBefore) {
      return false;
    }
    return switch (t.kind) {
      case ATOM, KEYWORD, INT, FLOAT, CHAR, STR_BEGIN, ALIAS, LBRACKET, LBRACE, LPAREN -> true;
      case IDENT -> !isBlockEnd(t) && !OPERATOR_WORDS.contains(t.text);
      case OP -> switch (t.text) {
        case "%", "<<", "@", "&", "^", "!" -> true;
        default -> false;
      };
      default -> false;
    };
  }

  /** Arguments of a call without parentheses, up to the end of the line or a {@code do}. */
  private List<ExNode> noParenArgs(int callStart) {
    boolean saved = allowDo;
    allowDo = false;
    try {
      List<ExNode> args = new ArrayList<>();
      List<ExNode> keywords = new ArrayList<>();
      int indent = indentOf(callStart);
      while (true) {
        if (isKeywordStart(peek())) {
          ExPair pair = parsePair();
          keywords.add(pair);
          if (pair.value().isMissing() && continuesOnNextLine(indent)) {
            skipEol();
            continue;
          }
        } else {
          args.add(parseExpression(LOWEST));
        }
        if (!peek().is(Kind.COMMA)) {
          break;
        }
        Token after = peekAfterComma();
        boolean newline = peekAt(1).is(Kind.EOL);
        next();
        if (!startsExpression(after) || (newline && columnOf(after.start) <= indent)) {
          break;
        }
        skipEol();
      }
      if (!keywords.isEmpty()) {
        args.add(keywordList(keywords));
      }
      return args;
    } finally {
      allowDo = saved;
    }
  }

  /** After a half-typed {@code key:}, whether the next line holds more keywords of the call. */
  private boolean continuesOnNextLine(int indent) {
    Token next = peekPastEol();
    return peek().is(Kind.EOL) && isKeywordStart(next) && columnOf(next.start) > indent;
  }

  /** {@code key: value} or {@code "key": value}; the value is missing when not typed yet. */
  final ExPair parsePair() {
    Token k = peek();
    ExAtom key;
    int colonEnd;
    if (k.is(Kind.KEYWORD)) {
      next();
      key = new ExAtom(k.text, TextRange.of(k.start, k.end - 1));
      colonEnd = k.end;
    } else {
      ExNode quoted = parseStringLike();
      String name = quoted.asStringValue().orElse(text(quoted.range()));
      key = new ExAtom(name, quoted.range());
      colonEnd = Math.min(source.length(), quoted.range().end() + 1);
    }
    boolean newline = peek().is(Kind.EOL);
    Token v = peekPastEol();
    boolean absent = !startsExpression(v) || isKeywordStart(v)
        || (newline && columnOf(v.start) <= indentOf(k.start));
    ExNode value;
    if (absent) {
      value = ExOpaque.missing(colonEnd);
    } else {
      skipEol();
      value = parseExpression(LOWEST);
    }
    int end = Math.max(colonEnd, value.range().end());
    return new ExPair(key, value, key.range(), range(key.range().start(), end));
  }

  /** Keyword items written without brackets where an expression was expected. */
  final ExList parseBareKeywords() {
    List<ExNode> pairs = new ArrayList<>();
    while (true) {
      pairs.add(parsePair());
      if (!peek().is(Kind.COMMA) || !isKeywordStart(peekAfterComma())) {
        break;
      }
      next();
      skipEol();
    }
    return keywordList(pairs);
  }

  static ExList keywordList(List<ExNode> pairs) {
    int start = pairs.get(0).range().start();
    int end = pairs.get(pairs.size() - 1).range().end();
    return new ExList(pairs, range(start, end));
  }

  /** Trailing keyword pairs become one {@link ExList}, as in call arguments and tuples. */
  static List<ExNode> wrapTrailingKeywords(List<ExNode> items) {
    int i = items.size();
    while (i > 0 && items.get(i - 1) instanceof ExPair) {
      i--;
    }
    if (i == items.size()) {
      return items;
    }
    List<ExNode> out = new ArrayList<>(items.subList(0, i));
    out.add(keywordList(items.subList(i, items.size())));
    return out;
  }

  final String text(TextRange r) {
    return source.substring(r.start(), r.end());
  }
}
