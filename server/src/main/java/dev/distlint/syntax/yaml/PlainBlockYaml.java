package dev.distlint.syntax.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * A reader for the plainest YAML documents, the usual shape of Kubernetes, compose and chart
 * files: block mappings and sequences of single-line scalars (plain, single- or double-quoted
 * without escapes) and of flow collections written on one line, with comments. It gives exactly the nodes, values and positions the general
 * reader gives, at a fraction of its cost, and gives up (null) on anything else: flow
 * collections over several lines, block scalars, anchors, aliases, tags, multi-line scalars, escapes, complex keys,
 * tabs, carriage returns and YAML 1.1's other line breaks, characters outside the Basic
 * Multilingual Plane or not printable, syntax errors. The general reader then reads the document, so giving up is always safe.
 */
final class PlainBlockYaml {
  /** Deeper nesting is left to the general reader, which bounds it. */
  private static final int MAX_NESTING = 64;
  /**
   * Keys whose colon lies further from their start are left to the general reader (YAML bounds
   * implicit keys at 1,024 characters).
   */
  private static final int MAX_KEY = 1000;

  private final String text;
  private final int length;
  /** Start of each content line (not blank, not a comment) and its indentation, in order. */
  private int[] starts = new int[64];
  private int[] indents = new int[64];
  private int lines;
  /** The content line being read. */
  private int at;
  private int nodes;

  /** Thrown to give up; never escapes this class. */
  private static final class GiveUp extends RuntimeException {
    private static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super(null, null, false, false);
    }
  }

  private PlainBlockYaml(String text) {
    this.text = text;
    this.length = text.length();
  }

  /** The document's root, or null when this reader does not read the document. */
  static Result read(String chunk) {
    PlainBlockYaml r = new PlainBlockYaml(chunk);
    try {
      if (!r.scanLines() || r.lines == 0) {
        return null;
      }
      YNode root = r.node(0, -1);
      if (r.at != r.lines) {
        return null;
      }
      return new Result(root, r.nodes);
    } catch (GiveUp | IndexOutOfBoundsException e) {
      return null;
    }
  }

  /** A document read: its root and how many nodes it holds. */
  record Result(YNode root, int nodes) {
  }

  private static GiveUp giveUp() {
    return GiveUp.INSTANCE;
  }

  /**
   * Finds the content lines; false when a character or line this reader leaves alone appears.
   * A leading {@code ---} line (the document's start marker) is skipped.
   */
  private boolean scanLines() {
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x20 ? c != '\n' : c >= 0x7f && !printable(c)) {
        return false;
      }
    }
    int pos = 0;
    boolean first = true;
    while (pos < length) {
      int eol = text.indexOf('\n', pos);
      if (eol < 0) {
        eol = length;
      }
      int i = pos;
      while (i < eol && text.charAt(i) == ' ') {
        i++;
      }
      if (i < eol && text.charAt(i) != '#') {
        if (first && text.startsWith("---", pos)) {
          // the start marker alone (or with a comment) on its line
          int j = pos + 3;
          while (j < eol && text.charAt(j) == ' ') {
            j++;
          }
          if (j < eol && !(text.charAt(j) == '#' && j > pos + 3)) {
            return false;
          }
          if (j == pos + 3 && j < eol) {
            return false;
          }
        } else {
          if (text.startsWith("---", i) || text.startsWith("...", i) || text.charAt(i) == '%') {
            return false;
          }
          if (lines == starts.length) {
            starts = java.util.Arrays.copyOf(starts, lines * 2);
            indents = java.util.Arrays.copyOf(indents, lines * 2);
          }
          starts[lines] = i;
          indents[lines] = i - pos;
          lines++;
        }
        first = false;
      }
      pos = eol + 1;
    }
    return true;
  }

  /**
   * Characters this reader takes as ordinary text: printable ones, but not the line breaks YAML
   * 1.1 adds to LF and CR (NEL, U+2028, U+2029), nor a byte order mark.
   */
  private static boolean printable(char c) {
    return (c >= 0xa0 && c <= 0xd7ff && c != 0x2028 && c != 0x2029)
        || (c >= 0xe000 && c <= 0xfffd && c != 0xfeff);
  }

  /** Where the next token after the current line's content starts: the next content line or the end. */
  private int nextTokenStart() {
    return at < lines ? starts[at] : length;
  }

  private int lineEnd(int from) {
    int eol = text.indexOf('\n', from);
    return eol < 0 ? length : eol;
  }

  /**
   * The node starting at the current content line, whose indentation must exceed
   * {@code parentIndent} (or equal it for a sequence that is a mapping value, {@code indentless}).
   */
  private YNode node(int depth, int parentIndent) {
    if (depth > MAX_NESTING || at >= lines) {
      throw giveUp();
    }
    int s = starts[at];
    int indent = indents[at];
    if (indent <= parentIndent) {
      throw giveUp();
    }
    if (isEntry(s)) {
      return sequence(depth, s, indent);
    }
    if (isFlow(s)) {
      YNode v = lineValue(depth, s, lineEnd(s));
      at++;
      if (at < lines && indents[at] > parentIndent) {
        throw giveUp();
      }
      return v;
    }
    int colon = keyEnd(s, lineEnd(s));
    if (colon >= 0) {
      return mapping(depth, s, indent);
    }
    // a scalar alone on its line; the next content line must not continue it
    YScalar v = scalar(s, lineEnd(s));
    at++;
    if (at < lines && indents[at] > parentIndent) {
      throw giveUp();
    }
    return v;
  }

  /** Whether a sequence entry starts at {@code s}: a dash followed by a space or the line's end. */
  private boolean isEntry(int s) {
    return text.charAt(s) == '-' && (s + 1 == length || text.charAt(s + 1) == ' '
        || text.charAt(s + 1) == '\n');
  }

  /** A block sequence whose first entry's dash is at {@code s}, in column {@code indent}. */
  private YSeq sequence(int depth, int s, int indent) {
    return sequenceFrom(depth, s, indent, false);
  }

  private YSeq sequenceFrom(int depth, int s, int indent, boolean indentless) {
    List<YNode> items = new ArrayList<>();
    while (at < lines && indents[at] == indent && isEntry(starts[at])) {
      int dash = starts[at];
      int eol = lineEnd(dash);
      int c = dash + 1;
      while (c < eol && text.charAt(c) == ' ') {
        c++;
      }
      if (c == eol || text.charAt(c) == '#') {
        if (c < eol && c == dash + 1) {
          throw giveUp();
        }
        // the entry's node is on the lines below, or it is empty
        at++;
        if (at < lines && indents[at] > indent) {
          items.add(node(depth + 1, indent));
        } else {
          items.add(empty(dash + 1));
        }
        continue;
      }
      if (isEntry(c)) {
        throw giveUp(); // a sequence in a sequence's entry
      }
      int colon = isFlow(c) ? -1 : keyEnd(c, eol);
      if (colon >= 0) {
        // a mapping that starts on the entry's line, its keys in the column of the first
        int column = indents[at] + (c - dash);
        int saved = indents[at];
        starts[at] = c;
        indents[at] = column;
        try {
          items.add(mapping(depth + 1, c, column));
        } finally {
          if (at < lines && starts[at] == c) {
            indents[at] = saved;
          }
        }
        if (at < lines && indents[at] > indent) {
          throw giveUp();
        }
        continue;
      }
      items.add(lineValue(depth + 1, c, eol));
      at++;
      if (at < lines && indents[at] > indent) {
        throw giveUp();
      }
    }
    if (at < lines && indents[at] >= indent && !(indentless && indents[at] == indent)) {
      throw giveUp();
    }
    nodes++;
    return new YSeq(List.copyOf(items), s, nextTokenStart());
  }

  /** A block mapping whose first key starts at {@code s}, in column {@code indent}. */
  private YMap mapping(int depth, int s, int indent) {
    List<YMap.Entry> entries = new ArrayList<>();
    while (at < lines && indents[at] == indent) {
      int k = starts[at];
      if (isEntry(k)) {
        throw giveUp();
      }
      int eol = lineEnd(k);
      int colon = keyEnd(k, eol);
      if (colon < 0) {
        throw giveUp();
      }
      int keyEnd = colon;
      while (keyEnd > k && text.charAt(keyEnd - 1) == ' ') {
        keyEnd--;
      }
      if (colon - k > MAX_KEY) {
        throw giveUp(); // the composer looks no further than 1,024 characters for a key's colon
      }
      YScalar key = new YScalar(text.substring(k, keyEnd), k, keyEnd, true, null);
      nodes++;
      int v = colon + 1;
      while (v < eol && text.charAt(v) == ' ') {
        v++;
      }
      YNode value;
      if (v == eol || text.charAt(v) == '#') {
        if (v < eol && v == colon + 1) {
          throw giveUp();
        }
        at++;
        if (at < lines && indents[at] > indent) {
          value = node(depth + 1, indent);
        } else if (at < lines && indents[at] == indent && isEntry(starts[at])) {
          value = sequenceFrom(depth + 1, starts[at], indent, true);
        } else {
          value = empty(colon + 1);
        }
      } else {
        if (isEntry(v) || (!isFlow(v) && keyEnd(v, eol) >= 0)) {
          throw giveUp(); // "a: - b" or "a: b: c"
        }
        value = lineValue(depth + 1, v, eol);
        at++;
        if (at < lines && indents[at] > indent) {
          throw giveUp();
        }
      }
      entries.add(new YMap.Entry(key, value));
    }
    if (at < lines && indents[at] > indent) {
      throw giveUp();
    }
    nodes++;
    return new YMap(List.copyOf(entries), s, nextTokenStart());
  }

  private boolean isFlow(int s) {
    char c = text.charAt(s);
    return c == '[' || c == '{';
  }

  /** The value written from {@code s} to the line's end: a flow collection or a scalar. */
  private YNode lineValue(int depth, int s, int eol) {
    if (!isFlow(s)) {
      return scalar(s, eol);
    }
    int[] end = {0};
    YNode v = flow(depth, s, eol, end);
    afterValue(end[0], eol);
    return v;
  }

  /** Only spaces, then a comment after a space, may follow a value ending at {@code end}. */
  private void afterValue(int end, int eol) {
    int i = end;
    while (i < eol && text.charAt(i) == ' ') {
      i++;
    }
    if (i < eol && (text.charAt(i) != '#' || i == end)) {
      throw giveUp();
    }
  }

  private int skipSpaces(int i, int eol) {
    while (i < eol && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /**
   * A flow collection or flow scalar starting at {@code s}, closed before {@code eol};
   * {@code end[0]} is set to where it ends.
   */
  private YNode flow(int depth, int s, int eol, int[] end) {
    if (depth > MAX_NESTING || s >= eol) {
      throw giveUp();
    }
    char c = text.charAt(s);
    if (c == '[') {
      List<YNode> items = new ArrayList<>();
      int i = skipSpaces(s + 1, eol);
      if (i < eol && text.charAt(i) == ']') {
        end[0] = i + 1;
        nodes++;
        return new YSeq(List.of(), s, i + 1);
      }
      while (true) {
        items.add(flow(depth + 1, i, eol, end));
        i = skipSpaces(end[0], eol);
        if (i >= eol) {
          throw giveUp();
        }
        if (text.charAt(i) == ']') {
          end[0] = i + 1;
          nodes++;
          return new YSeq(List.copyOf(items), s, i + 1);
        }
        if (text.charAt(i) != ',') {
          throw giveUp();
        }
        i = skipSpaces(i + 1, eol);
      }
    }
    if (c == '{') {
      List<YMap.Entry> entries = new ArrayList<>();
      int i = skipSpaces(s + 1, eol);
      if (i < eol && text.charAt(i) == '}') {
        end[0] = i + 1;
        nodes++;
        return new YMap(List.of(), s, i + 1);
      }
      while (true) {
        YScalar key = flowScalar(i, eol, end, true);
        i = end[0];
        if (i + 1 >= eol || text.charAt(i) != ':' || text.charAt(i + 1) != ' ') {
          throw giveUp();
        }
        YNode value = flow(depth + 1, skipSpaces(i + 1, eol), eol, end);
        entries.add(new YMap.Entry(key, value));
        i = skipSpaces(end[0], eol);
        if (i >= eol) {
          throw giveUp();
        }
        if (text.charAt(i) == '}') {
          end[0] = i + 1;
          nodes++;
          return new YMap(List.copyOf(entries), s, i + 1);
        }
        if (text.charAt(i) != ',') {
          throw giveUp();
        }
        i = skipSpaces(i + 1, eol);
      }
    }
    return flowScalar(s, eol, end, false);
  }

  /**
   * A scalar inside a flow collection. A plain one ends before a comma or closing bracket, or,
   * as a key, before the colon that follows it ({@code end[0]} is set there); anything else
   * that would end it is given up on.
   */
  private YScalar flowScalar(int s, int eol, int[] end, boolean key) {
    if (s >= eol) {
      throw giveUp();
    }
    char first = text.charAt(s);
    if (first == '"' || first == '\'') {
      if (key) {
        throw giveUp();
      }
      int close = text.indexOf(first, s + 1);
      if (close < 0 || close >= eol) {
        throw giveUp();
      }
      if (first == '\'' && close + 1 < eol && text.charAt(close + 1) == '\'') {
        throw giveUp();
      }
      String value = text.substring(s + 1, close);
      if (first == '"' && value.indexOf('\\') >= 0) {
        throw giveUp();
      }
      end[0] = close + 1;
      nodes++;
      return new YScalar(value, s, close + 1, false, null);
    }
    if (first == '-') {
      if (s + 1 >= eol || " ,[]{}".indexOf(text.charAt(s + 1)) >= 0) {
        throw giveUp();
      }
    } else if ("?:,[]{}#&*!|>%@`".indexOf(first) >= 0) {
      throw giveUp();
    }
    int last = s;
    int i = s;
    for (; i < eol; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ']' || c == '}') {
        break;
      }
      if (c == '[' || c == '{' || c == '?' || (c == '#' && text.charAt(i - 1) == ' ')) {
        throw giveUp();
      }
      if (c == ':' && (i + 1 >= eol || " ,[]{}".indexOf(text.charAt(i + 1)) >= 0)) {
        if (!key) {
          throw giveUp(); // a pair where a single value was expected
        }
        break;
      }
      if (c != ' ') {
        last = i + 1;
      }
    }
    if (i >= eol || (key && i - s > MAX_KEY)) {
      throw giveUp();
    }
    if (key && text.charAt(i) != ':') {
      throw giveUp(); // a key without a value
    }
    end[0] = key ? i : last;
    nodes++;
    YScalar out = new YScalar(text.substring(s, last), s, last, true, null);
    if (key && last != i) {
      throw giveUp(); // spaces before the colon
    }
    return out;
  }

  /** The empty scalar of a key or entry without a value, where the general reader puts it. */
  private YScalar empty(int pos) {
    nodes++;
    return new YScalar("", pos, pos, true, null);
  }

  /**
   * The position of the colon ending a plain key that starts at {@code s} on a line ending at
   * {@code eol} ({@code ": "} or a colon at the line's end), or -1 when the line holds no such
   * key. Gives up on keys this reader leaves alone (quoted, with indicators, comments or a
   * second colon).
   */
  private int keyEnd(int s, int eol) {
    char first = text.charAt(s);
    if (first == '"' || first == '\'') {
      int close = text.indexOf(first, s + 1);
      if (close > 0 && close < eol && close + 1 < eol && text.charAt(close + 1) == ':') {
        throw giveUp(); // a quoted key
      }
      return -1;
    }
    if (!plainStart(s, eol)) {
      return -1;
    }
    for (int i = s; i < eol; i++) {
      char c = text.charAt(i);
      if (c == ':' && (i + 1 == eol || text.charAt(i + 1) == ' ')) {
        return i;
      }
      if (c == '#' && i > s && text.charAt(i - 1) == ' ') {
        return -1; // a comment before any colon: a scalar, not a key
      }
    }
    return -1;
  }

  /** Whether a plain scalar may start at {@code s}; gives up on indicators this reader leaves alone. */
  private boolean plainStart(int s, int eol) {
    char c = text.charAt(s);
    switch (c) {
      case '-', '?', ':' -> {
        if (s + 1 < eol && text.charAt(s + 1) != ' ' && c == '-') {
          return true;
        }
        throw giveUp();
      }
      case ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '%', '@', '`' -> throw giveUp();
      default -> {
        return true;
      }
    }
  }

  /** A scalar value from {@code s} to the line's end at {@code eol}, a comment excepted. */
  private YScalar scalar(int s, int eol) {
    char first = text.charAt(s);
    int end;
    YScalar out;
    if (first == '"' || first == '\'') {
      int close = text.indexOf(first, s + 1);
      if (close < 0 || close >= eol) {
        throw giveUp(); // not closed on its line
      }
      if (first == '\'' && close + 1 < eol && text.charAt(close + 1) == '\'') {
        throw giveUp(); // an escaped quote
      }
      String value = text.substring(s + 1, close);
      if (first == '"' && value.indexOf('\\') >= 0) {
        throw giveUp();
      }
      end = close + 1;
      out = new YScalar(value, s, end, false, null);
    } else {
      plainStart(s, eol);
      end = s;
      for (int i = s; i < eol; i++) {
        char c = text.charAt(i);
        if (c == '#' && i > s && text.charAt(i - 1) == ' ') {
          break;
        }
        if (c == ':' && (i + 1 == eol || text.charAt(i + 1) == ' ')) {
          throw giveUp(); // a mapping value where none may be
        }
        if (c != ' ') {
          end = i + 1;
        }
      }
      out = new YScalar(text.substring(s, end), s, end, true, null);
    }
    // only spaces and a comment may follow
    int i = end;
    while (i < eol && text.charAt(i) == ' ') {
      i++;
    }
    if (i < eol && (text.charAt(i) != '#' || i == end)) {
      throw giveUp();
    }
    nodes++;
    return out;
  }
}
