package dev.distlint.assist;

import dev.distlint.base.TextRange;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tolerant forward scan of Elixir text up to a position: which brackets are open there, which
 * keyword key each was written after, the first element of each tuple, the keys already written
 * in each list, and the {@code config :app[, Module]} call around the position. It reads tokens
 * only (strings, comments, sigils and char literals are skipped as opaque), so it answers on
 * half-typed text with unclosed brackets, where a parse has nothing reliable to offer.
 *
 * <p>After the position the scan goes on, boundedly, so that keys written later in the open lists
 * (a topology's {@code strategy:} after its {@code config:}) are known too.
 */
final class ElixirScan {
  /** How far past the position keys are still collected. */
  private static final int LOOKAHEAD = 20_000;

  enum Tok { NONE, KEY, ATOM, ALIAS, IDENT, NUMBER, STRING, COMMA, OPEN, CLOSE, OTHER }

  /** An open bracket, do-block or config call. */
  static final class Frame {
    /** {@code [ { ( %} for brackets and maps, {@code d} for do/fn blocks, {@code c} for config. */
    final char type;
    final Frame parent;
    /** The keyword key written just before the opener ({@code config: [}), or null. */
    final String key;
    /** The call name written just before {@code (}, or null. */
    final String call;
    /** For tuples: the first element when it is an alias or an atom. */
    String head;
    /** Commas seen at this level: the index of the element being written. */
    int index;
    /** For config calls: the application atom and the module, when written. */
    String app;
    String module;
    boolean paren;
    /** Keys written at this level, each with the text of the first token of its value. */
    final Map<String, String> values = new LinkedHashMap<>();
    /** Start offsets of the keys written at this level. */
    final Map<String, Integer> keyStarts = new LinkedHashMap<>();

    Frame(char type, Frame parent, String key, String call) {
      this.type = type;
      this.parent = parent;
      this.key = key;
      this.call = call;
    }

    boolean isBracket() {
      return type == '[' || type == '{' || type == '(' || type == '%';
    }
  }

  /**
   * The scan's answer at the position: the innermost frame (null at top level), the last token
   * before the word being typed, the keyword key when that token is one, the word's range, and
   * the element index of the frame at the position.
   */
  record Cursor(Frame frame, Tok last, String lastText, TextRange word, String wordText, int index) {
    String valueKey() {
      return last == Tok.KEY ? lastText : null;
    }

    /** True at the start of an element: after an opener, a comma, or the config call's app. */
    boolean atItemStart() {
      return last == Tok.OPEN || last == Tok.COMMA;
    }
  }

  private final String text;
  private final int cursorAt;
  private Frame top;
  private Tok last = Tok.NONE;
  private String lastText = "";
  private String pendingKey;
  private Frame pendingFrame;
  private boolean configNext;
  private Cursor cursor;

  private ElixirScan(String text, int cursorAt) {
    this.text = text;
    this.cursorAt = cursorAt;
  }

  /** Scans {@code text} to {@code offset}; the word being typed there is not part of the scan. */
  static Cursor at(String text, int offset) {
    int off = Math.max(0, Math.min(offset, text.length()));
    int ws = off;
    while (ws > 0 && isWordChar(text.charAt(ws - 1))) {
      ws--;
    }
    if (ws > 0 && text.charAt(ws - 1) == ':' && (ws < 2 || !isIdentChar(text.charAt(ws - 2)))) {
      ws--;
    }
    ElixirScan s = new ElixirScan(text, ws);
    s.run(Math.min(text.length(), ws + LOOKAHEAD));
    if (s.cursor == null) {
      s.snapshot();
    }
    Cursor c = s.cursor;
    return new Cursor(c.frame(), c.last(), c.lastText(), new TextRange(ws, off),
        text.substring(ws, off), c.index());
  }

  /** The frame open at {@code offset} and the token before it, ignoring any word there. */
  static Cursor before(String text, int offset) {
    ElixirScan s = new ElixirScan(text, offset);
    s.run(Math.min(text.length(), offset + LOOKAHEAD));
    if (s.cursor == null) {
      s.snapshot();
    }
    return s.cursor;
  }

  static boolean isWordChar(char c) {
    return isIdentChar(c) || c == '.';
  }

  static boolean isIdentChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '?' || c == '!' || c == '@';
  }

  private void snapshot() {
    cursor = new Cursor(top, last, lastText, null, null, top == null ? 0 : top.index);
  }

  private void run(int limit) {
    int i = 0;
    while (i < limit) {
      if (cursor == null && i >= cursorAt) {
        snapshot();
      }
      char c = text.charAt(i);
      if (c == '\n') {
        newline();
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '#') {
        while (i < limit && text.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '"' || c == '\'') {
        i = skipQuoted(i, limit);
        token(Tok.STRING, "\"", -1);
      } else if (c == '~' && i + 1 < limit && Character.isLetter(text.charAt(i + 1))) {
        i = skipSigil(i + 1, limit);
        token(Tok.STRING, "~", -1);
      } else if (c == '?' && i + 1 < limit) {
        i += text.charAt(i + 1) == '\\' ? 3 : 2;
        token(Tok.NUMBER, "?", -1);
      } else if (c == ':' && i + 1 < limit && text.charAt(i + 1) == ':') {
        i += 2;
        token(Tok.OTHER, "::", -1);
      } else if (c == ':' && i + 1 < limit && text.charAt(i + 1) == '"') {
        int end = skipQuoted(i + 1, limit);
        token(Tok.ATOM, text.substring(i, Math.min(end, text.length())), i);
        i = end;
      } else if (c == ':' && i + 1 < limit && isIdentStart(text.charAt(i + 1))) {
        int end = i + 1;
        while (end < limit && (isIdentChar(text.charAt(end)) || dottedCall(end, limit))) {
          end++;
        }
        String atom = text.substring(i, end);
        token(atom.contains(".") ? Tok.IDENT : Tok.ATOM, atom, i);
        i = end;
      } else if (isIdentStart(c)) {
        i = word(i, limit);
      } else if (Character.isDigit(c)) {
        int end = i;
        while (end < limit && (Character.isLetterOrDigit(text.charAt(end))
            || text.charAt(end) == '_' || text.charAt(end) == '.' && end + 1 < limit
            && Character.isDigit(text.charAt(end + 1)))) {
          end++;
        }
        token(Tok.NUMBER, text.substring(i, end), i);
        i = end;
      } else if (c == '%' && i + 1 < limit && text.charAt(i + 1) == '{') {
        open('%', null);
        i += 2;
      } else if (c == '[' || c == '{' || c == '(') {
        if (c == '(' && configNext) {
          configNext = false;
          Frame f = new Frame('c', top, null, "config");
          f.paren = true;
          top = f;
          setLast(Tok.OPEN, "(");
        } else {
          open(c, last == Tok.IDENT || last == Tok.ALIAS ? lastText : null);
        }
        i++;
      } else if (c == ']' || c == '}' || c == ')') {
        close(c == ']' ? '[' : c == ')' ? '(' : '{');
        i++;
      } else if (c == ',') {
        if (top != null) {
          top.index++;
        }
        pendingKey = null;
        setLast(Tok.COMMA, ",");
        i++;
      } else {
        token(Tok.OTHER, String.valueOf(c), -1);
        i++;
      }
    }
    if (cursor == null && limit >= cursorAt) {
      snapshot();
    }
  }

  private boolean dottedCall(int pos, int limit) {
    return text.charAt(pos) == '.' && pos + 1 < limit && Character.isLowerCase(text.charAt(pos + 1));
  }

  private static boolean isIdentStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private int word(int i, int limit) {
    int end = i;
    while (end < limit && isIdentChar(text.charAt(end))) {
      end++;
    }
    boolean alias = Character.isUpperCase(text.charAt(i));
    while (alias && end + 1 < limit && text.charAt(end) == '.'
        && Character.isLetter(text.charAt(end + 1))) {
      boolean lower = Character.isLowerCase(text.charAt(end + 1));
      end++;
      while (end < limit && isIdentChar(text.charAt(end))) {
        end++;
      }
      if (lower) {
        alias = false;
      }
    }
    String name = text.substring(i, end);
    boolean isKey = end < limit && text.charAt(end) == ':'
        && (end + 1 >= text.length() || Character.isWhitespace(text.charAt(end + 1)));
    if (isKey) {
      keyToken(name, i);
      return end + 1;
    }
    if (name.equals("do") || name.equals("fn")) {
      open('d', null);
    } else if (name.equals("end")) {
      closeBlock();
    } else if (name.equals("config") && (top == null || top.type == 'd')) {
      configNext = true;
      setLast(Tok.IDENT, name);
      return end;
    } else {
      token(Character.isUpperCase(name.charAt(0)) && !name.contains(".") || alias
          ? Tok.ALIAS : Tok.IDENT, name, i);
    }
    return end;
  }

  private void keyToken(String name, int start) {
    configNext = false;
    if (top != null) {
      top.values.putIfAbsent(name, "");
      top.keyStarts.putIfAbsent(name, start);
    }
    pendingKey = name;
    pendingFrame = top;
    setLast(Tok.KEY, name);
  }

  /** A value-like token: records tuple heads, config apps and modules, and key values. */
  private void token(Tok kind, String value, int start) {
    if (configNext && kind == Tok.ATOM) {
      configNext = false;
      Frame f = new Frame('c', top, null, "config");
      f.app = value.substring(1);
      top = f;
      setLast(kind, value);
      return;
    }
    configNext = false;
    if (top != null && kind != Tok.OTHER) {
      if (top.type == '{' && top.index == 0 && top.head == null
          && (kind == Tok.ALIAS || kind == Tok.ATOM)) {
        top.head = value;
      }
      if (top.type == 'c' && top.paren && top.index == 0 && top.app == null && kind == Tok.ATOM) {
        top.app = value.substring(1);
      }
      if (top.type == 'c' && top.index == 1 && kind == Tok.ALIAS && top.module == null) {
        top.module = value;
      }
      if (pendingKey != null && pendingFrame == top) {
        String existing = top.values.get(pendingKey);
        if (existing == null || existing.isEmpty()) {
          top.values.put(pendingKey, value);
        }
      }
    }
    pendingKey = null;
    setLast(kind, value);
  }

  private void setLast(Tok kind, String value) {
    last = kind;
    lastText = value;
  }

  private void open(char type, String call) {
    String key = last == Tok.KEY && pendingFrame == top ? pendingKey : null;
    if (key != null && top != null) {
      top.values.put(key, String.valueOf(type));
    }
    configNext = false;
    pendingKey = null;
    top = new Frame(type, top, key, type == '(' ? call : null);
    setLast(Tok.OPEN, String.valueOf(type));
  }

  private void close(char type) {
    Frame f = top;
    while (f != null && f.type != 'd' && !closes(f, type)) {
      f = f.parent;
    }
    if (f != null && f.type != 'd') {
      top = f.parent;
    }
    pendingKey = null;
    setLast(Tok.CLOSE, String.valueOf(type));
  }

  private static boolean closes(Frame f, char type) {
    return f.type == type || f.type == '%' && type == '{' || type == '(' && f.type == 'c' && f.paren;
  }

  private void closeBlock() {
    Frame f = top;
    while (f != null && f.type != 'd') {
      f = f.parent;
    }
    top = f == null ? null : f.parent;
    pendingKey = null;
    setLast(Tok.CLOSE, "end");
  }

  /** A newline ends a config call written without parentheses once its last value is complete. */
  private void newline() {
    if (top != null && top.type == 'c' && !top.paren && last != Tok.COMMA && last != Tok.KEY
        && last != Tok.OTHER && last != Tok.OPEN) {
      top = top.parent;
      pendingKey = null;
    }
    configNext = false;
  }

  private int skipQuoted(int i, int limit) {
    char q = text.charAt(i);
    boolean heredoc = i + 2 < limit && text.charAt(i + 1) == q && text.charAt(i + 2) == q;
    if (heredoc) {
      int end = text.indexOf(String.valueOf(q).repeat(3), i + 3);
      return end < 0 || end + 3 > limit ? limit : end + 3;
    }
    int j = i + 1;
    while (j < limit) {
      char c = text.charAt(j);
      if (c == '\\') {
        j += 2;
      } else if (c == q) {
        return j + 1;
      } else if (c == '\n' && j + 1 < limit && text.charAt(j + 1) == '\n') {
        return j;
      } else {
        j++;
      }
    }
    return limit;
  }

  private int skipSigil(int i, int limit) {
    int j = i;
    while (j < limit && Character.isLetter(text.charAt(j))) {
      j++;
    }
    if (j >= limit) {
      return limit;
    }
    char open = text.charAt(j);
    if (open == '"' || open == '\'') {
      j = skipQuoted(j, limit);
    } else {
      char close = switch (open) {
        case '(' -> ')';
        case '[' -> ']';
        case '{' -> '}';
        case '<' -> '>';
        default -> open;
      };
      j++;
      while (j < limit && text.charAt(j) != close && text.charAt(j) != '\n') {
        j += text.charAt(j) == '\\' ? 2 : 1;
      }
      j++;
    }
    while (j < limit && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return Math.min(j, limit);
  }
}
