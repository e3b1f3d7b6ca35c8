package dev.distlint.syntax.elixir;

import static dev.distlint.syntax.elixir.Operators.LOWEST;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.elixir.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Call arguments and keyword items: arguments written without parentheses (which end at the line
 * end unless a comma continues them), {@code key: value} pairs whose value may not be typed yet,
 * and the Elixir rule that trailing keyword items form one keyword list.
 */
abstract class ArgumentParser extends TokenCursor {
  /** Whether a {@code do} may attach to the call being parsed (false inside no-paren arguments). */
  boolean allowDo = true;

  ArgumentParser(String source, List<Token> tokens) {
    super(source, tokens);
  }

  abstract ExNode parseExpression(int minPrecedence);

  abstract ExNode parseStringLike();

  static boolean canStartNoParenArg(Token t) {
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
  final List<ExNode> noParenArgs(int callStart) {
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
