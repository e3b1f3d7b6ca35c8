package dev.distlint.syntax.elixir;

import dev.distlint.syntax.elixir.Token.Kind;
import dev.distlint.syntax.elixir.Token.Quote;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The lexer's state and its handling of quoted literals: strings, charlists, heredocs, sigils and
 * quoted atoms. A literal is scanned into parts; at {@code #{} a code frame is pushed and the code
 * lexer takes over until the matching brace, so interpolation nests without recursion.
 */
abstract class QuotedScanner {
  final String s;
  final int n;
  int pos;
  boolean space;
  final List<Token> tokens = new ArrayList<>();
  final List<ExComment> comments = new ArrayList<>();
  final Deque<Frame> frames = new ArrayDeque<>();

  /** A code frame (top level or inside {@code #{}}) or a quoted literal being scanned. */
  static final class Frame {
    final Token begin;
    final String close;
    final boolean heredoc;
    final boolean interpolates;
    boolean lineStart;
    int braces;

    Frame(Token begin, String close, boolean heredoc, boolean interpolates) {
      this.begin = begin;
      this.close = close;
      this.heredoc = heredoc;
      this.interpolates = interpolates;
    }

    boolean quoted() {
      return begin != null && close != null;
    }
  }

  QuotedScanner(String source) {
    this.s = source;
    this.n = source.length();
  }

  final Token add(Kind kind, int start, int end, String text) {
    Token t = new Token(kind, start, end, text, space);
    tokens.add(t);
    space = false;
    pos = end;
    return t;
  }

  final char at(int i) {
    return i < n ? s.charAt(i) : '\0';
  }

  /** Opens a quoted literal whose token starts at {@code start} and delimiter at {@code delim}. */
  final void beginQuoted(int start, int delim, Quote quote, String sigil) {
    char d = s.charAt(delim);
    boolean heredoc = (d == '"' || d == '\'') && s.startsWith(String.valueOf(d).repeat(3), delim);
    if (quote == Quote.ATOM) {
      heredoc = false;
    }
    int open = delim + (heredoc ? 3 : 1);
    Token begin = add(Kind.STR_BEGIN, start, open, s.substring(start, open));
    begin.sigil = sigil;
    if (sigil != null) {
      begin.quote = heredoc ? Quote.SIGIL_HEREDOC : Quote.SIGIL;
    } else if (heredoc) {
      begin.quote = d == '"' ? Quote.HEREDOC : Quote.CHARLIST_HEREDOC;
    } else {
      begin.quote = quote;
    }
    boolean interpolates = sigil == null || Character.isLowerCase(sigil.charAt(0));
    String close = heredoc ? s.substring(delim, delim + 3) : String.valueOf(closing(d));
    Frame f = new Frame(begin, close, heredoc, interpolates);
    frames.push(f);
    if (heredoc) {
      int i = open;
      while (at(i) == ' ' || at(i) == '\t') {
        i++;
      }
      if (at(i) == '\r' && at(i + 1) == '\n') {
        i++;
      }
      if (at(i) == '\n') {
        pos = i + 1;
        f.lineStart = true;
      }
    }
  }

  private static char closing(char d) {
    return switch (d) {
      case '(' -> ')';
      case '[' -> ']';
      case '{' -> '}';
      case '<' -> '>';
      default -> d;
    };
  }

  final void scanQuoted(Frame f) {
    int partStart = pos;
    while (pos < n) {
      if (f.heredoc && f.lineStart) {
        f.lineStart = false;
        int q = pos;
        while (at(q) == ' ' || at(q) == '\t') {
          q++;
        }
        if (s.startsWith(f.close, q)) {
          part(partStart, pos);
          close(f, q, q + 3, q - pos);
          return;
        }
      }
      char c = s.charAt(pos);
      if (c == '\\' && pos + 1 < n) {
        f.lineStart = f.heredoc && s.charAt(pos + 1) == '\n';
        pos += 1 + Character.charCount(s.codePointAt(pos + 1));
        continue;
      }
      if (!f.heredoc && s.startsWith(f.close, pos)) {
        part(partStart, pos);
        close(f, pos, pos + f.close.length(), 0);
        return;
      }
      if (f.interpolates && c == '#' && at(pos + 1) == '{') {
        part(partStart, pos);
        add(Kind.INTERP_BEGIN, pos, pos + 2, "#{");
        frames.push(new Frame(null, null, false, false));
        return;
      }
      f.lineStart = c == '\n';
      pos++;
    }
    part(partStart, pos);
  }

  private void part(int start, int end) {
    if (end > start) {
      tokens.add(new Token(Kind.STR_PART, start, end, s.substring(start, end), false));
    }
  }

  private void close(Frame f, int closeStart, int closeEnd, int indent) {
    frames.pop();
    pos = closeEnd;
    String modifiers = "";
    Quote q = f.begin.quote;
    if (q == Quote.SIGIL || q == Quote.SIGIL_HEREDOC) {
      while (pos < n && (isAsciiLetter(s.charAt(pos)) || isDigit(s.charAt(pos)))) {
        pos++;
      }
      modifiers = s.substring(closeEnd, pos);
    }
    Token end = new Token(Kind.STR_END, closeStart, pos, modifiers, false);
    end.indent = indent;
    tokens.add(end);
    space = false;
    if ((q == Quote.STRING || q == Quote.CHARLIST) && at(pos) == ':' && at(pos + 1) != ':') {
      f.begin.keywordKey = true;
      end.keywordKey = true;
      pos++;
    }
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
