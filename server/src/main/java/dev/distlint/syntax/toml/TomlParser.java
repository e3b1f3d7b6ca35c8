package dev.distlint.syntax.toml;

import dev.distlint.base.TextRange;
import java.util.List;

/**
 * A small TOML parser that keeps the source range of every key and value, for
 * {@code fly.toml}.
 *
 * <p>Why our own: the maintained Java TOML libraries (tomlj, toml4j, Jackson's TOML module,
 * night-config) return values but not where each key and value was written, and a linter needs
 * those positions to underline {@code kill_timeout = 5} or jump to {@code [[services]]}. The
 * parser is also tolerant in the way an editor needs: a syntax error is recorded with its range,
 * the statement is dropped, and parsing resumes at the next line, so a half-typed line does not
 * hide the rest of the file. Arrays and inline tables nest only {@link #MAX_DEPTH} deep, so no
 * input can exhaust the stack, and the whole parse is linear in the size of the text.
 */
public final class TomlParser {
  static final int MAX_DEPTH = 100;

  private final TomlCursor c;
  private final TomlScalars scalars;
  private final TomlTable root;
  private TomlTable current;
  private boolean resumedAtLine;

  private TomlParser(String text) {
    this.c = new TomlCursor(text);
    this.scalars = new TomlScalars(c);
    this.root = new TomlTable(TomlTable.Kind.ROOT, TextRange.of(0, text.length()), null);
    this.current = root;
  }

  /** Parses TOML text; never throws. Errors are in {@link TomlDocument#errors()}. */
  public static TomlDocument parse(String text) {
    TomlParser p = new TomlParser(text == null ? "" : text);
    p.run();
    p.root.setRange(TextRange.of(0, p.c.n));
    return new TomlDocument(p.root, p.c.errors, p.c.comments);
  }

  private void run() {
    while (!c.atEnd()) {
      c.skipSpaces();
      if (c.atBreak()) {
        c.pos++;
      } else if (c.peek() == '#') {
        c.comment();
      } else if (!c.atEnd()) {
        statement();
      }
    }
  }

  private void statement() {
    resumedAtLine = false;
    try {
      if (c.peek() == '[') {
        header();
      } else {
        keyValue(current, 0);
      }
      if (!resumedAtLine) {
        endOfLine();
      }
    } catch (TomlCursor.Bail bail) {
      c.pos = c.lineEnd(c.pos);
    }
  }

  private void endOfLine() {
    c.skipSpaces();
    if (c.peek() == '#') {
      c.comment();
    }
    if (!c.atEnd() && !c.atBreak()) {
      int end = c.lineEnd(c.pos);
      c.error("expected the end of the line, found " + c.describeHere(), TextRange.of(c.pos, end));
      c.pos = end;
    }
  }

  // ---- tables ----

  private void header() {
    int open = c.pos;
    boolean arrayOfTables = c.at("[[");
    c.pos += arrayOfTables ? 2 : 1;
    List<TomlScalars.KeyPart> parts = scalars.key();
    String close = arrayOfTables ? "]]" : "]";
    if (!c.at(close)) {
      throw c.fail("expected '" + close + "' to close the table header, found "
          + c.describeHere(), c.here());
    }
    c.pos += close.length();
    TextRange headerRange = TextRange.of(open, c.pos);
    TomlTable parent = parentFor(parts);
    TomlScalars.KeyPart last = parts.get(parts.size() - 1);
    current = arrayOfTables ? arrayElement(parent, last, headerRange)
        : namedTable(parent, last, headerRange);
  }

  /** Walks (creating as needed) the tables named by all but the last part of a header. */
  private TomlTable parentFor(List<TomlScalars.KeyPart> parts) {
    TomlTable t = walk(root, parts, true);
    if (t == null) {
      throw new TomlCursor.Bail();
    }
    return t;
  }

  /**
   * Walks from {@code from} through all but the last key part, creating implicit tables; a
   * header ({@code throughArrays}) enters the last table of an array of tables. Reports and
   * returns null when a part names something that is not a table.
   */
  private TomlTable walk(TomlTable from, List<TomlScalars.KeyPart> parts, boolean throughArrays) {
    TomlTable t = from;
    for (TomlScalars.KeyPart part : parts.subList(0, parts.size() - 1)) {
      TomlEntry e = t.entry(part.name()).orElse(null);
      if (e == null) {
        TomlTable child = new TomlTable(TomlTable.Kind.IMPLICIT, part.range(), null);
        t.put(part.name(), part.range(), child);
        t = child;
      } else if (e.value() instanceof TomlTable sub && sub.kind() != TomlTable.Kind.INLINE) {
        t = sub;
      } else if (throughArrays && e.value() instanceof TomlArray a && a.isArrayOfTables()
          && a.size() > 0) {
        t = (TomlTable) a.get(a.size() - 1);
      } else {
        String why = e.value() instanceof TomlTable ? "is an inline table and cannot be extended"
            : "is already " + article(e.value()) + ", not a table";
        c.error(KeyNames.shown(part.name()) + " " + why, part.range());
        return null;
      }
    }
    return t;
  }

  private TomlTable namedTable(TomlTable parent, TomlScalars.KeyPart key, TextRange header) {
    TomlEntry e = parent.entry(key.name()).orElse(null);
    if (e == null) {
      TomlTable table = new TomlTable(TomlTable.Kind.HEADER, header, header);
      parent.put(key.name(), key.range(), table);
      return table;
    }
    if (e.value() instanceof TomlTable t && t.kind() == TomlTable.Kind.IMPLICIT && !t.isDefined()) {
      t.define(header);
      return t;
    }
    String what = e.value() instanceof TomlTable ? "defined more than once"
        : "already " + article(e.value());
    c.error("the table of " + KeyNames.shown(key.name()) + " is " + what, header);
    return detached(header);
  }

  private TomlTable arrayElement(TomlTable parent, TomlScalars.KeyPart key, TextRange header) {
    TomlEntry e = parent.entry(key.name()).orElse(null);
    TomlTable element = new TomlTable(TomlTable.Kind.ARRAY_ELEMENT, header, header);
    if (e == null) {
      TomlArray array = new TomlArray(header, true);
      array.add(element);
      parent.put(key.name(), key.range(), array);
    } else if (e.value() instanceof TomlArray a && a.isArrayOfTables()) {
      a.add(element);
    } else {
      c.error(KeyNames.shown(key.name()) + " is already " + article(e.value())
          + ", not an array of tables", header);
    }
    return element;
  }

  /** A table that belongs nowhere: the entries under a bad header still parse, unattached. */
  private static TomlTable detached(TextRange header) {
    return new TomlTable(TomlTable.Kind.HEADER, header, header);
  }

  private static String article(TomlValue v) {
    String t = v.typeName();
    return ("aeiou".indexOf(t.charAt(0)) >= 0 ? "an " : "a ") + t;
  }

  // ---- key/value pairs ----

  private void keyValue(TomlTable table, int depth) {
    List<TomlScalars.KeyPart> parts = scalars.key();
    if (c.peek() != '=') {
      String key = KeyNames.shown(parts.get(parts.size() - 1).name());
      throw c.fail("expected '=' after " + key + ", found " + c.describeHere(), c.here());
    }
    c.pos++;
    c.skipSpaces();
    TomlValue value = value(depth);
    insert(table, parts, value);
  }

  private void insert(TomlTable table, List<TomlScalars.KeyPart> parts, TomlValue value) {
    TomlTable t = walk(table, parts, false);
    if (t == null) {
      return;
    }
    TomlScalars.KeyPart last = parts.get(parts.size() - 1);
    if (t.entry(last.name()).isPresent()) {
      c.error("duplicate key: " + KeyNames.shown(last.name()) + " is already set", last.range());
      return;
    }
    t.put(last.name(), last.range(), value);
    if (t != table) {
      table.extend(value.range());
    }
  }

  // ---- values ----

  private TomlValue value(int depth) {
    char ch = c.peek();
    if (ch == '"' || ch == '\'') {
      return scalars.string();
    }
    if (ch == '[' || ch == '{') {
      if (depth >= MAX_DEPTH) {
        throw c.fail("arrays and inline tables nest more than " + MAX_DEPTH + " deep", c.here());
      }
      return ch == '[' ? array(depth + 1) : inlineTable(depth + 1);
    }
    if (c.atEnd() || c.atBreak() || ch == '#') {
      throw c.fail("expected a value, found " + c.describeHere(), c.here());
    }
    return scalars.bare();
  }

  private TomlArray array(int depth) {
    int open = c.pos++;
    TomlArray array = new TomlArray(TextRange.of(open, open + 1), false);
    int end = items(open, ']', "array", () -> array.add(value(depth)));
    array.close(end);
    return array;
  }

  private TomlTable inlineTable(int depth) {
    int open = c.pos++;
    TomlTable table = new TomlTable(TomlTable.Kind.INLINE, TextRange.of(open, open + 1), null);
    int end = items(open, '}', "inline table", () -> keyValue(table, depth));
    table.setRange(TextRange.of(open, end));
    return table;
  }

  /**
   * Reads the comma-separated items of an array or inline table up to {@code close}; blank
   * lines, comments and a trailing comma are allowed. When the container is still open where
   * something else starts on a later line, the error is reported, what was read is kept, and
   * parsing resumes at that line. Returns the end of the container, or of its last item.
   */
  private int items(int open, char close, String what, Runnable readItem) {
    int lastEnd = open + 1;
    while (true) {
      c.skipBlank();
      if (c.peek() == close) {
        return ++c.pos;
      }
      int itemStart = c.pos;
      if (c.atEnd() || !readOrRecover(readItem, open, itemStart)) {
        return unclosed(open, what, itemStart, lastEnd);
      }
      lastEnd = c.pos;
      c.skipBlank();
      if (c.peek() == ',') {
        c.pos++;
      } else if (c.peek() != close) {
        if (c.atEnd() || c.breakBetween(open, c.pos)) {
          return unclosed(open, what, c.pos, lastEnd);
        }
        throw c.fail("expected ',' or '" + close + "' in the " + what + ", found "
            + c.describeHere(), c.here());
      }
    }
  }

  /** Reads one item; on an error on a later line than the opening bracket, reports false. */
  private boolean readOrRecover(Runnable readItem, int open, int itemStart) {
    try {
      readItem.run();
      return true;
    } catch (TomlCursor.Bail bail) {
      if (c.breakBetween(open, itemStart)) {
        return false;
      }
      throw bail;
    }
  }

  private int unclosed(int open, String what, int strayAt, int lastEnd) {
    c.error(what + " is not closed", TextRange.of(open, open + 1));
    c.pos = Math.max(c.atEnd() && strayAt >= c.n ? c.n : c.lineStart(strayAt), open + 1);
    resumedAtLine = true;
    return lastEnd;
  }
}
