package dev.distlint.report;

/**
 * A streaming JSON writer that prints what Gson prints with pretty printing and HTML escaping
 * off (two-space indent, {@code ": "} after names, {@code []} and {@code {}} when empty, a member
 * whose value is null left out), into one {@link StringBuilder}: the reports write thousands of
 * findings, and this writes each string in runs instead of character by character.
 */
final class PrettyJson {
  private static final int EMPTY_DOCUMENT = 0;
  private static final int NONEMPTY_DOCUMENT = 1;
  private static final int EMPTY_ARRAY = 2;
  private static final int NONEMPTY_ARRAY = 3;
  private static final int EMPTY_OBJECT = 4;
  private static final int NONEMPTY_OBJECT = 5;
  private static final int DANGLING_NAME = 6;

  private final StringBuilder out;
  private int[] stack = new int[16];
  private int size = 1;
  private String deferredName;

  PrettyJson(StringBuilder out) {
    this.out = out;
    stack[0] = EMPTY_DOCUMENT;
  }

  PrettyJson beginObject() {
    return open(EMPTY_OBJECT, '{');
  }

  PrettyJson endObject() {
    return close(EMPTY_OBJECT, NONEMPTY_OBJECT, '}');
  }

  PrettyJson beginArray() {
    return open(EMPTY_ARRAY, '[');
  }

  PrettyJson endArray() {
    return close(EMPTY_ARRAY, NONEMPTY_ARRAY, ']');
  }

  PrettyJson name(String name) {
    if (deferredName != null || size == 0 || (stack[size - 1] != EMPTY_OBJECT
        && stack[size - 1] != NONEMPTY_OBJECT)) {
      throw new IllegalStateException("a name where none may be");
    }
    deferredName = name;
    return this;
  }

  PrettyJson value(String value) {
    if (value == null) {
      return nullValue();
    }
    writeDeferredName();
    beforeValue();
    string(value);
    return this;
  }

  PrettyJson value(long value) {
    writeDeferredName();
    beforeValue();
    out.append(value);
    return this;
  }

  PrettyJson value(boolean value) {
    writeDeferredName();
    beforeValue();
    out.append(value ? "true" : "false");
    return this;
  }

  /**
   * A writer that goes on inside the array this one has open, writing into {@code into}: several
   * can write consecutive slices of the array's items at the same time, to be appended in order
   * with {@link #items}. {@code afterItems} says whether items come before the slice.
   */
  PrettyJson slice(StringBuilder into, boolean afterItems) {
    requireOpenArray();
    PrettyJson s = new PrettyJson(into);
    s.stack = java.util.Arrays.copyOf(stack, stack.length);
    s.size = size;
    if (afterItems) {
      s.stack[size - 1] = NONEMPTY_ARRAY;
    }
    return s;
  }

  /** Appends items that slices of the open array wrote. */
  PrettyJson items(CharSequence text) {
    requireOpenArray();
    if (text.length() > 0) {
      out.append(text);
      stack[size - 1] = NONEMPTY_ARRAY;
    }
    return this;
  }

  private void requireOpenArray() {
    if (deferredName != null || (stack[size - 1] != EMPTY_ARRAY
        && stack[size - 1] != NONEMPTY_ARRAY)) {
      throw new IllegalStateException("no array open");
    }
  }

  /** A member named {@code name}; left out when {@code value} is null, as Gson does. */
  PrettyJson member(String name, String value) {
    return name(name).value(value);
  }

  PrettyJson member(String name, long value) {
    return name(name).value(value);
  }

  PrettyJson member(String name, boolean value) {
    return name(name).value(value);
  }

  private PrettyJson nullValue() {
    if (deferredName != null) {
      deferredName = null;  // nulls are not written as members
      return this;
    }
    beforeValue();
    out.append("null");
    return this;
  }

  private PrettyJson open(int empty, char bracket) {
    writeDeferredName();
    beforeValue();
    if (size == stack.length) {
      stack = java.util.Arrays.copyOf(stack, size * 2);
    }
    stack[size++] = empty;
    out.append(bracket);
    return this;
  }

  private PrettyJson close(int empty, int nonempty, char bracket) {
    int context = stack[size - 1];
    if ((context != empty && context != nonempty) || deferredName != null) {
      throw new IllegalStateException("nesting problem");
    }
    size--;
    if (context == nonempty) {
      newline();
    }
    out.append(bracket);
    return this;
  }

  private void writeDeferredName() {
    if (deferredName != null) {
      int context = stack[size - 1];
      if (context == NONEMPTY_OBJECT) {
        out.append(',');
      }
      newline();
      stack[size - 1] = DANGLING_NAME;
      string(deferredName);
      deferredName = null;
    }
  }

  private void beforeValue() {
    switch (stack[size - 1]) {
      case EMPTY_DOCUMENT, NONEMPTY_DOCUMENT -> stack[size - 1] = NONEMPTY_DOCUMENT;
      case EMPTY_ARRAY -> {
        stack[size - 1] = NONEMPTY_ARRAY;
        newline();
      }
      case NONEMPTY_ARRAY -> {
        out.append(',');
        newline();
      }
      case DANGLING_NAME -> {
        out.append(": ");
        stack[size - 1] = NONEMPTY_OBJECT;
      }
      default -> throw new IllegalStateException("nesting problem");
    }
  }

  /** A line break and the indentation of each depth up to 32, appended in one go. */
  private static final String[] NEWLINES = new String[32];

  static {
    for (int i = 0; i < NEWLINES.length; i++) {
      NEWLINES[i] = "\n" + "  ".repeat(Math.max(0, i - 1));
    }
  }

  private void newline() {
    if (size < NEWLINES.length) {
      out.append(NEWLINES[size]);
      return;
    }
    out.append('\n');
    for (int i = 1; i < size; i++) {
      out.append("  ");
    }
  }

  /** A string literal, escaped as Gson escapes it without HTML escaping. */
  private void string(String s) {
    out.append('"');
    int last = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String replacement;
      if (c < 0x20) {
        replacement = switch (c) {
          case '\t' -> "\\t";
          case '\b' -> "\\b";
          case '\n' -> "\\n";
          case '\r' -> "\\r";
          case '\f' -> "\\f";
          default -> String.format("\\u%04x", (int) c);
        };
      } else if (c == '"') {
        replacement = "\\\"";
      } else if (c == '\\') {
        replacement = "\\\\";
      } else if (c == '\u2028') {
        replacement = "\\u2028";
      } else if (c == '\u2029') {
        replacement = "\\u2029";
      } else {
        continue;
      }
      out.append(s, last, i).append(replacement);
      last = i + 1;
    }
    out.append(s, last, n).append('"');
  }
}
