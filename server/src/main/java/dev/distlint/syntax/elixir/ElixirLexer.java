package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.elixir.Token.Kind;
import dev.distlint.syntax.elixir.Token.Quote;
import java.util.List;

/**
 * Splits Elixir source into tokens in one linear pass. Interpolation ({@code "#{...}"} inside
 * strings, charlists, heredocs and lower-case sigils, nested to any depth) is handled with an
 * explicit stack of frames: the top frame is either code or a quoted literal being scanned. The
 * lexer never fails: an unknown character becomes an {@code UNKNOWN} token and an unterminated
 * literal simply ends at the end of the text.
 */
final class ElixirLexer extends QuotedScanner {
  record Result(List<Token> tokens, List<ExComment> comments) {}

  private static final String[] OPERATORS = {
    "<<<", ">>>", "<<~", "~>>", "<~>", "<|>", "|||", "&&&", "^^^", "~~~", "===", "!==", "...",
    "+++", "---", "<<", ">>", "||", "&&", "<>", "|>", "==", "!=", "=~", "->", "=>", "::", "\\\\",
    "..", "++", "--", "<=", ">=", "<-", "**", "//", "~>", "<~",
    "+", "-", "*", "/", "=", "<", ">", "|", "&", "^", "!", "@", ".", "%", ":"};
  private static final String[] OPERATOR_ATOMS = {"<<>>", "%{}", "{}", "[]", "%"};

  ElixirLexer(String source) {
    super(source);
  }

  Result lex() {
    while (pos < n) {
      Frame f = frames.peek();
      if (f != null && f.quoted()) {
        scanQuoted(f);
      } else {
        scanCode(f);
      }
    }
    tokens.add(new Token(Kind.EOF, n, n, "", true));
    return new Result(tokens, comments);
  }

  private void scanCode(Frame f) {
    char c = s.charAt(pos);
    if (c == ' ' || c == '\t' || c == '\f' || (c == '\r' && at(pos + 1) != '\n')) {
      pos++;
      space = true;
    } else if (c == '\n' || c == '\r') {
      add(Kind.EOL, pos, c == '\r' ? pos + 2 : pos + 1, "\n");
      space = true;
    } else if (c == '\\' && (at(pos + 1) == '\n' || at(pos + 1) == '\r')) {
      pos += at(pos + 1) == '\r' && at(pos + 2) == '\n' ? 3 : 2;
      space = true;
    } else if (c == '#') {
      int e = pos;
      while (e < n && s.charAt(e) != '\n' && s.charAt(e) != '\r') {
        e++;
      }
      comments.add(new ExComment(s.substring(pos + 1, e), TextRange.of(pos, e)));
      pos = e;
      space = true;
    } else if (c == ';') {
      add(Kind.EOL, pos, pos + 1, ";");
    } else if (c == '}' && f != null && f.braces == 0) {
      add(Kind.INTERP_END, pos, pos + 1, "}");
      frames.pop();
    } else if (c == '{' || c == '}') {
      if (f != null) {
        f.braces += c == '{' ? 1 : -1;
      }
      add(c == '{' ? Kind.LBRACE : Kind.RBRACE, pos, pos + 1, String.valueOf(c));
    } else if (c == '(' || c == ')' || c == '[' || c == ']' || c == ',') {
      Kind k = switch (c) {
        case '(' -> Kind.LPAREN;
        case ')' -> Kind.RPAREN;
        case '[' -> Kind.LBRACKET;
        case ']' -> Kind.RBRACKET;
        default -> Kind.COMMA;
      };
      add(k, pos, pos + 1, String.valueOf(c));
    } else if (c >= '0' && c <= '9') {
      scanNumber();
    } else if (c == '"' || c == '\'') {
      beginQuoted(pos, pos, c == '"' ? Quote.STRING : Quote.CHARLIST, null);
    } else if (c == '~' && isAsciiLetter(at(pos + 1)) && scanSigil()) {
      return;
    } else if (c == ':' && at(pos + 1) != ':' && scanAtom()) {
      return;
    } else if (c == '?' && pos + 1 < n) {
      int e = at(pos + 1) == '\\' ? pos + 2 : pos + 1;
      e = e < n ? e + Character.charCount(s.codePointAt(e)) : n;
      add(Kind.CHAR, pos, e, s.substring(pos, e));
    } else if (isIdentStart(s.codePointAt(pos))) {
      scanIdentifier();
    } else {
      scanOperator();
    }
  }

  private void scanNumber() {
    int i = pos;
    boolean isFloat = false;
    char p = at(i + 1);
    if (s.charAt(i) == '0' && (p == 'x' || p == 'b' || p == 'o')) {
      i += 2;
      while (i < n && (Character.digit(s.charAt(i), 16) >= 0 || s.charAt(i) == '_')) {
        i++;
      }
    } else {
      i = digits(i);
      if (at(i) == '.' && isDigit(at(i + 1))) {
        isFloat = true;
        i = digits(i + 1);
        if (at(i) == 'e' || at(i) == 'E') {
          int j = at(i + 1) == '+' || at(i + 1) == '-' ? i + 2 : i + 1;
          if (isDigit(at(j))) {
            i = digits(j);
          }
        }
      }
    }
    add(isFloat ? Kind.FLOAT : Kind.INT, pos, i, s.substring(pos, i));
  }

  private int digits(int i) {
    while (i < n && (isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
      i++;
    }
    return i;
  }

  /** {@code :foo}, {@code :foo?}, {@code :a@b}, {@code :"quoted"}, {@code :==}. */
  private boolean scanAtom() {
    char c = at(pos + 1);
    if (c == '"' || c == '\'') {
      beginQuoted(pos, pos + 1, Quote.ATOM, null);
      return true;
    }
    if (pos + 1 < n && isIdentStart(s.codePointAt(pos + 1))) {
      int e = identEnd(pos + 1, true);
      add(Kind.ATOM, pos, e, s.substring(pos + 1, e));
      return true;
    }
    for (String[] list : new String[][] {OPERATOR_ATOMS, OPERATORS}) {
      for (String op : list) {
        if (!op.equals(":") && s.startsWith(op, pos + 1)) {
          add(Kind.ATOM, pos, pos + 1 + op.length(), op);
          return true;
        }
      }
    }
    return false;
  }

  private void scanIdentifier() {
    int start = pos;
    boolean alias = s.charAt(pos) >= 'A' && s.charAt(pos) <= 'Z';
    int e = identEnd(pos, false);
    boolean dotted = false;
    while (alias && at(e) == '.' && at(e + 1) >= 'A' && at(e + 1) <= 'Z') {
      e = identEnd(e + 1, false);
      dotted = true;
    }
    String name = s.substring(start, e);
    if (!dotted && at(e) == ':' && at(e + 1) != ':') {
      add(Kind.KEYWORD, start, e + 1, name);
    } else {
      add(alias ? Kind.ALIAS : Kind.IDENT, start, e, name);
    }
  }

  private int identEnd(int i, boolean atom) {
    while (i < n) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp) || cp == '_' || (atom && cp == '@')) {
        i += Character.charCount(cp);
      } else {
        break;
      }
    }
    if ((at(i) == '?' || at(i) == '!') && at(i + 1) != '=') {
      i++;
    }
    return i;
  }

  private void scanOperator() {
    for (String op : OPERATORS) {
      if (s.startsWith(op, pos)) {
        add(Kind.OP, pos, pos + op.length(), op);
        return;
      }
    }
    int e = pos + Character.charCount(s.codePointAt(pos));
    add(Kind.UNKNOWN, pos, e, s.substring(pos, e));
  }

  /** {@code ~s(...)}, {@code ~w[...]a}, {@code ~S"""...}; false when no delimiter follows. */
  private boolean scanSigil() {
    int i = pos + 1;
    boolean upper = Character.isUpperCase(s.charAt(i));
    int e = i + 1;
    while (upper && e < n && (Character.isUpperCase(s.charAt(e)) || isDigit(s.charAt(e)))) {
      e++;
    }
    char d = at(e);
    if ("/|\"'([{<".indexOf(d) < 0 || e >= n) {
      return false;
    }
    beginQuoted(pos, e, null, s.substring(i, e));
    return true;
  }

  private static boolean isIdentStart(int cp) {
    return Character.isLetter(cp) || cp == '_';
  }
}
