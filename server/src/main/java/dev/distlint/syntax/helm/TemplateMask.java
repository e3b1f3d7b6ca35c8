package dev.distlint.syntax.helm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Masks the template actions of a Helm template so that the YAML around them parses with its
 * exact positions: the text keeps its length and its line breaks. A value printed inside a line
 * becomes a placeholder scalar (resolved later from the values); a block printed on lines of its
 * own ({@code toYaml ... | nindent}, {@code include}) becomes an unknown value when it is the whole
 * value of the key above it, or an unknown entry of the collection it is printed into; {@code if}, {@code with} and {@code range} keep or drop their lines
 * when the values decide the condition. Everything else marks its region unknown.
 */
final class TemplateMask {
  /** A value printed inside a line, at {@code [start, end)} of the text. */
  record Slot(int start, int end, Value value) {
  }

  /**
   * @param text the masked text, as long as the template
   * @param unknownValues offsets of the placeholders for blocks distlint cannot print
   * @param incomplete spans whose output is unknown: documents touching them are not analysed
   */
  record Result(String text, List<Slot> slots, List<Integer> unknownValues,
      List<int[]> incomplete, List<TemplateAction> actions) {
  }

  private enum State { KEEP, DROP, UNKNOWN }

  private static final class Frame {
    State state;
    boolean inherited;
    boolean decided;
    Evaluator.Dot dot;
    Evaluator.Dot parentDot;
  }

  /** The placeholder of a block whose value is unknown: a tagged empty scalar. */
  static final String UNKNOWN_MARK = "!hu";

  private final String text;
  private final char[] out;
  private final boolean[] inAction;
  private final Evaluator evaluator;
  private final List<TemplateAction> actions;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final List<Slot> slots = new ArrayList<>();
  private final List<Integer> unknownValues = new ArrayList<>();
  private final List<int[]> incomplete = new ArrayList<>();

  private TemplateMask(String text, Evaluator evaluator) {
    this.text = text;
    this.out = text.toCharArray();
    this.inAction = new boolean[text.length()];
    this.evaluator = evaluator;
    this.actions = TemplateAction.scan(text);
    for (TemplateAction a : actions) {
      java.util.Arrays.fill(inAction, a.start(), a.end(), true);
    }
  }

  static Result mask(String text, Evaluator evaluator) {
    TemplateMask m = new TemplateMask(text, evaluator);
    m.run();
    return new Result(new String(m.out), List.copyOf(m.slots), List.copyOf(m.unknownValues),
        List.copyOf(m.incomplete), m.actions);
  }

  private void run() {
    int prev = 0;
    for (TemplateAction a : actions) {
      segment(prev, a.start());
      blank(a.start(), a.end());
      handle(a);
      prev = a.end();
    }
    segment(prev, text.length());
  }

  private void handle(TemplateAction a) {
    switch (a.type()) {
      case OPEN -> open(a);
      case ELSE -> otherwise(a);
      case END -> {
        if (!stack.isEmpty()) {
          stack.pop();
        }
      }
      case DEFINE -> push(State.DROP, true, dot());
      case OUTPUT -> {
        State s = state();
        if (s == State.KEEP) {
          output(a);
        } else if (s == State.UNKNOWN) {
          incomplete(a.start(), a.end());
        }
      }
      default -> {
      }
    }
  }

  private void segment(int start, int end) {
    State s = state();
    if (s == State.KEEP) {
      return;
    }
    if (s == State.UNKNOWN && !text.substring(start, end).isBlank()) {
      incomplete(start, end);
    }
    blank(start, end);
  }

  private State state() {
    State s = State.KEEP;
    for (Frame f : stack) {
      if (f.state == State.DROP) {
        return State.DROP;
      }
      if (f.state == State.UNKNOWN) {
        s = State.UNKNOWN;
      }
    }
    return s;
  }

  private Evaluator.Dot dot() {
    return stack.isEmpty() ? Evaluator.Dot.ROOT : stack.peek().dot;
  }

  private Frame push(State state, boolean inherited, Evaluator.Dot dot) {
    Frame f = new Frame();
    f.state = state;
    f.inherited = inherited;
    f.dot = dot;
    f.parentDot = dot;
    stack.push(f);
    return f;
  }

  private void open(TemplateAction a) {
    State parent = state();
    Evaluator.Dot dot = dot();
    if (parent != State.KEEP) {
      push(parent, true, dot);
      return;
    }
    Frame f = push(State.UNKNOWN, false, dot);
    switch (a.keyword()) {
      case "if" -> decide(f, eval(a.argument(), dot).truthy());
      case "with" -> {
        Value v = eval(a.argument(), dot);
        decide(f, v.truthy());
        f.dot = v.path() != null ? new Evaluator.Dot(false, v.path()) : Evaluator.Dot.UNKNOWN;
      }
      case "range" -> {
        String arg = a.argument();
        int assign = arg.indexOf(":=");
        Boolean any = eval(assign >= 0 ? arg.substring(assign + 2) : arg, dot).truthy();
        f.state = Boolean.FALSE.equals(any) ? State.DROP : State.UNKNOWN;
      }
      default -> f.state = State.UNKNOWN;
    }
  }

  private void otherwise(TemplateAction a) {
    Frame f = stack.peek();
    if (f == null || f.inherited || f.state == State.UNKNOWN) {
      return;
    }
    f.dot = f.parentDot;
    if (f.decided) {
      f.state = State.DROP;
    } else if (a.body().equals("else")) {
      f.state = State.KEEP;
      f.decided = true;
    } else if (a.body().matches("else\\s+if\\b.*")) {
      decide(f, eval(a.argument(), f.dot).truthy());
    } else {
      f.state = State.UNKNOWN;
    }
  }

  private static void decide(Frame f, Boolean truth) {
    f.state = truth == null ? State.UNKNOWN : truth ? State.KEEP : State.DROP;
    f.decided = Boolean.TRUE.equals(truth);
  }

  private Value eval(String pipeline, Evaluator.Dot dot) {
    return evaluator.eval(Expr.parse(pipeline), dot);
  }

  private void output(TemplateAction a) {
    boolean multiLine = text.substring(a.start(), a.end()).indexOf('\n') >= 0;
    if (!sharesLine(a)) {
      block(a);
    } else if (multiLine) {
      incomplete(a.start(), a.end());
    } else {
      java.util.Arrays.fill(out, a.start(), a.end(), 'h');
      slots.add(new Slot(a.start(), a.end(), eval(a.body(), dot())));
    }
  }

  /** True when text other than actions shares a line with the action. */
  private boolean sharesLine(TemplateAction a) {
    for (int i = a.start() - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      if (!inAction[i] && !Character.isWhitespace(text.charAt(i))) {
        return true;
      }
    }
    for (int i = a.end(); i < text.length() && text.charAt(i) != '\n'; i++) {
      if (!inAction[i] && !Character.isWhitespace(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A block printed on lines of its own: an unknown value of the key above, or unknown. */
  private void block(TemplateAction a) {
    int lineStart = text.lastIndexOf('\n', a.start() - 1) + 1;
    int[] prev = previousLine(lineStart);
    if (prev == null) {
      incomplete(a.start(), a.end());
      return;
    }
    String content = new String(out, prev[0], prev[1] - prev[0]).strip();
    int comment = content.indexOf(" #");
    content = comment < 0 ? content : content.substring(0, comment).strip();
    int indent = indentOf(prev[0]);
    int keyColumn = indent + (content.startsWith("- ") ? 2 : 0);
    int lineEnd = text.indexOf('\n', a.start());
    int firstLineEnd = lineEnd < 0 ? a.end() : Math.min(a.end(), lineEnd);
    if (content.matches(".*:\\s*[|>][-+0-9]*") && a.start() - lineStart > indent) {
      java.util.Arrays.fill(out, a.start(), firstLineEnd, 'h');
      slots.add(new Slot(a.start(), firstLineEnd, Value.UNKNOWN));
      return;
    }
    int place = Math.max(a.start(), lineStart + keyColumn + 1);
    int next = nextIndent(a.end());
    if (content.endsWith(":") && !content.startsWith("#") && (next < 0 || next <= keyColumn)
        && place + UNKNOWN_MARK.length() <= firstLineEnd) {
      UNKNOWN_MARK.getChars(0, UNKNOWN_MARK.length(), out, place);
      unknownValues.add(place);
      return;
    }
    if (!sibling(a, lineStart, firstLineEnd, next)) {
      incomplete(a.start(), a.end());
    }
  }

  /**
   * A block printed among the entries of a mapping or the items of a list becomes an entry
   * {@code <<: !hu} (a merge key, which no rule reads as a field) or an item {@code - !hu}, at the
   * column the block is printed at ({@code nindent N}, else where the action starts): the
   * collection keeps its known entries and is marked as having unknown ones.
   */
  private boolean sibling(TemplateAction a, int lineStart, int firstLineEnd, int next) {
    java.util.regex.Matcher m = INDENT.matcher(a.body());
    int column = m.find() ? Integer.parseInt(m.group(1)) : a.start() - lineStart;
    Boolean item = levelAt(lineStart, column, next >= 0 && column == next && nextIsItem(a.end()));
    if (item == null) {
      return false;
    }
    String marker = item ? "- " + UNKNOWN_MARK : "<<: " + UNKNOWN_MARK;
    int at = lineStart + column;
    if (at < a.start() || at + marker.length() > firstLineEnd) {
      return false;
    }
    marker.getChars(0, marker.length(), out, at);
    unknownValues.add(at + marker.length() - UNKNOWN_MARK.length());
    return true;
  }

  /**
   * Whether the collection whose entries sit at {@code column}, above {@code lineStart}, is a
   * list (true) or a mapping (false); null when no collection of the lines above has entries
   * there.
   */
  private Boolean levelAt(int lineStart, int column, boolean nextIsItem) {
    int end = lineStart - 1;
    while (end > 0) {
      int start = lastLineStart(end);
      String line = new String(out, start, end - start).strip();
      int indent = indentOf(start);
      end = start - 1;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean item = line.startsWith("- ") || line.equals("-");
      if (indent == column) {
        return item;
      }
      if (indent < column) {
        if (item && indent + 2 == column) {
          return false;
        }
        return line.endsWith(":") ? nextIsItem : null;
      }
    }
    return null;
  }

  private static final java.util.regex.Pattern INDENT =
      java.util.regex.Pattern.compile("\\bn?indent\\s+(\\d{1,3})\\b");

  private boolean nextIsItem(int from) {
    int i = text.indexOf('\n', from);
    while (i >= 0 && i + 1 < text.length()) {
      int start = i + 1;
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      for (int j = start; j < end; j++) {
        if (!inAction[j] && !Character.isWhitespace(text.charAt(j))) {
          return text.charAt(j) == '-' && (j + 1 == end || text.charAt(j + 1) == ' ');
        }
      }
      i = end < text.length() ? end : -1;
    }
    return false;
  }

  /** The masked line before {@code lineStart} with content other than a comment, or null. */
  private int[] previousLine(int lineStart) {
    int end = lineStart - 1;
    while (end > 0) {
      int start = lastLineStart(end);
      String line = new String(out, start, end - start).strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        return new int[] {start, end};
      }
      end = start - 1;
    }
    return null;
  }

  private int lastLineStart(int end) {
    int i = end - 1;
    while (i >= 0 && out[i] != '\n') {
      i--;
    }
    return i + 1;
  }

  /** The indentation of the next line after {@code from} with content, or -1. */
  private int nextIndent(int from) {
    int i = text.indexOf('\n', from);
    while (i >= 0 && i < text.length()) {
      int start = i + 1;
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      for (int j = start; j < end; j++) {
        if (!inAction[j] && !Character.isWhitespace(text.charAt(j))) {
          return text.charAt(j) == '#' ? nextIndent(end) : j - start;
        }
      }
      i = end < text.length() ? end : -1;
    }
    return -1;
  }

  private int indentOf(int lineStart) {
    int i = lineStart;
    while (i < out.length && out[i] == ' ') {
      i++;
    }
    return i - lineStart;
  }

  private void blank(int start, int end) {
    for (int i = start; i < end; i++) {
      if (out[i] != '\n' && out[i] != '\r') {
        out[i] = ' ';
      }
    }
  }

  private void incomplete(int start, int end) {
    incomplete.add(new int[] {start, end});
    blank(start, end);
  }
}
