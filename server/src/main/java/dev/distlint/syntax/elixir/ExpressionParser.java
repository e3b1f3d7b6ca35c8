package dev.distlint.syntax.elixir;

import static dev.distlint.syntax.elixir.Operators.LOWEST;

import dev.distlint.base.TextRange;
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
abstract class ExpressionParser extends ArgumentParser {
  private int depth;

  ExpressionParser(String source, List<Token> tokens) {
    super(source, tokens);
  }

  abstract ExNode parsePrimary();

  abstract List<ExBlock> parseDoBlocks();

  /** Items up to {@code closer} (consumed when present), keyword items as {@link ExPair}s. */
  abstract List<ExNode> parseItems(Kind closer);

  @Override
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

}
