package dev.distlint.syntax.envsh;

import dev.distlint.lint.TextRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads release env scripts ({@code rel/env.sh}, {@code rel/env.sh.eex}). This is not a full
 * shell parser: it reads what these scripts contain (assignments, {@code export},
 * {@code : ${NAME:=default}}, {@code if}/{@code case}/loop blocks, functions, EEx tags) and
 * records every assignment with the conditions around it. Blocks are tracked on an explicit
 * stack, so deep nesting cannot exhaust the Java stack. It never throws and runs in linear time.
 */
public final class EnvShParser {
  private enum Kind { IF, CASE, LOOP, BRACE, FUNCTION, SUBSHELL }

  private enum Phase { COND, BODY, PATTERNS }

  private static final class Frame {
    final Kind kind;
    Phase phase;
    int condStart;
    String keyword;
    String firstCondition;
    String subject;
    Guard guard;

    Frame parent;
    List<Guard> chain = List.of();
    String condition;

    Frame(Kind kind, Phase phase, Guard guard) {
      this.kind = kind;
      this.phase = phase;
      this.guard = guard;
    }

    /** Recomputes the conditions from the outermost frame down to this one. */
    void refresh() {
      List<Guard> base = parent == null ? List.of() : parent.chain;
      String baseCondition = parent == null ? null : parent.condition;
      if (guard != null && phase == Phase.BODY) {
        List<Guard> c = new ArrayList<>(base);
        c.add(guard);
        chain = List.copyOf(c);
        condition = baseCondition == null ? guard.text() : baseCondition + " && " + guard.text();
      } else {
        chain = base;
        condition = baseCondition;
      }
    }
  }

  /** Blocks nested deeper than this are counted, not tracked: no real script gets near it. */
  static final int MAX_DEPTH = 64;

  private final String text;
  private final List<ShellToken> tokens;
  private final AssignmentReader reader;
  private final Deque<Frame> frames = new ArrayDeque<>();
  private final List<EnvAssignment> assignments = new ArrayList<>();
  private final List<Boolean> underAllExport = new ArrayList<>();
  private final List<EnvCommand> commands = new ArrayList<>();
  private final Set<String> exportedNames = new HashSet<>();
  private boolean allExport;
  private int listStart = -1;
  private int andOrEnd = -1;
  private int untracked;

  private EnvShParser(String text, List<ShellToken> tokens) {
    this.text = text;
    this.tokens = tokens;
    this.reader = new AssignmentReader(text);
  }

  public static EnvShFile parse(String text) {
    String t = text == null ? "" : text;
    ShellLexer lexer = new ShellLexer(t).run();
    EnvShParser parser = new EnvShParser(t, lexer.tokens);
    parser.run();
    return new EnvShFile(parser.finish(), parser.commands, lexer.comments, lexer.tags,
        lexer.expansions);
  }

  private void run() {
    int i = 0;
    while (i < tokens.size()) {
      Frame top = frames.peek();
      ShellToken t = tokens.get(i);
      if (top != null && top.phase == Phase.PATTERNS) {
        i = casePatterns(i, top);
      } else if (t.kind() == ShellToken.Kind.NEWLINE || t.isOp(";") || t.isOp("&")) {
        resetList();
        i++;
      } else if (t.isOp("&&") || t.isOp("||") || t.isOp("|")) {
        andOrEnd = t.range().end();
        i++;
      } else if (t.isOp(";;") || t.isOp(";&") || t.isOp(";;&")) {
        Frame c = nearest(Kind.CASE);
        if (c != null) {
          popAbove(c);
          c.phase = Phase.PATTERNS;
          c.refresh();
        }
        resetList();
        i++;
      } else if (t.isOp("(")) {
        push(new Frame(Kind.SUBSHELL, Phase.BODY,
            new Guard(Guard.Kind.SUBSHELL, "subshell", null, List.of())));
        i++;
      } else if (t.isOp(")")) {
        popThrough(Kind.SUBSHELL, Kind.SUBSHELL);
        i++;
      } else if (t.isRedirect()) {
        i += i + 1 < tokens.size() && tokens.get(i + 1).kind() == ShellToken.Kind.WORD ? 2 : 1;
      } else {
        if (listStart < 0) {
          listStart = t.range().start();
        }
        i = commandAt(i);
      }
    }
  }

  private int commandAt(int i) {
    ShellToken t = tokens.get(i);
    String word = t.word().quotes().isEmpty() ? t.text() : "";
    switch (word) {
      case "if":
        Frame f = new Frame(Kind.IF, Phase.COND, null);
        f.keyword = "if";
        f.condStart = startAfter(i);
        push(f);
        return i + 1;
      case "elif":
        return elif(i);
      case "then":
        return then(i);
      case "else":
        return elseBranch(i);
      case "fi":
        popThrough(Kind.IF, Kind.IF);
        return i + 1;
      case "case":
        return caseStart(i);
      case "esac":
        popThrough(Kind.CASE, Kind.CASE);
        return i + 1;
      case "for": case "while": case "until": case "select":
        return loopStart(i, word);
      case "do":
        return loopBody(i);
      case "done":
        popThrough(Kind.LOOP, Kind.LOOP);
        return i + 1;
      case "{":
        push(new Frame(Kind.BRACE, Phase.BODY, null));
        return i + 1;
      case "}":
        popThrough(Kind.BRACE, Kind.FUNCTION);
        return i + 1;
      case "!":
        return i + 1;
      case "function":
        return functionStart(i + 1 < tokens.size() ? i + 1 : i, i + 2);
      default:
        if (isOp(i + 1, "(") && isOp(i + 2, ")")) {
          return functionStart(i, i + 3);
        }
        return simpleCommand(i);
    }
  }

  private int elif(int i) {
    Frame f = nearest(Kind.IF);
    if (f != null) {
      popAbove(f);
      f.phase = Phase.COND;
      f.keyword = "elif";
      f.guard = null;
      f.condStart = startAfter(i);
      f.refresh();
    }
    resetList();
    return i + 1;
  }

  private int then(int i) {
    Frame f = nearest(Kind.IF);
    if (f != null && f.phase == Phase.COND) {
      popAbove(f);
      String cond = sourceBefore(f.condStart, i);
      if (f.firstCondition == null) {
        f.firstCondition = cond;
      }
      Guard.Kind kind = "elif".equals(f.keyword) ? Guard.Kind.ELIF : Guard.Kind.IF;
      f.guard = new Guard(kind, f.keyword + " " + cond, null, List.of());
      f.phase = Phase.BODY;
      f.refresh();
    }
    resetList();
    return i + 1;
  }

  private int elseBranch(int i) {
    Frame f = nearest(Kind.IF);
    if (f != null) {
      popAbove(f);
      String first = f.firstCondition == null ? "" : f.firstCondition;
      f.guard = new Guard(Guard.Kind.ELSE, "else (if " + first + ")", null, List.of());
      f.phase = Phase.BODY;
      f.refresh();
    }
    resetList();
    return i + 1;
  }

  private int caseStart(int i) {
    int j = i + 1;
    String subject = "";
    if (j < tokens.size() && tokens.get(j).kind() == ShellToken.Kind.WORD) {
      subject = subjectName(tokens.get(j));
      j++;
    }
    if (j < tokens.size() && tokens.get(j).isWord("in")) {
      j++;
    }
    Frame f = new Frame(Kind.CASE, Phase.PATTERNS, null);
    f.subject = subject;
    push(f);
    return j;
  }

  /** {@code $RELEASE_COMMAND} and {@code "${RELEASE_COMMAND}"} read as {@code RELEASE_COMMAND}. */
  private static String subjectName(ShellToken t) {
    List<Expansion> ex = t.word().expansions();
    if (ex.size() == 1 && ex.get(0).variable() != null && ex.get(0).operator() == null) {
      String v = ex.get(0).variable();
      if (t.text().equals("$" + v) || t.text().equals("${" + v + "}")) {
        return v;
      }
    }
    return t.text();
  }

  private int casePatterns(int i, Frame f) {
    int j = i;
    while (j < tokens.size() && (tokens.get(j).kind() == ShellToken.Kind.NEWLINE
        || tokens.get(j).isOp(";"))) {
      j++;
    }
    if (j < tokens.size() && tokens.get(j).isWord("esac")) {
      popThrough(Kind.CASE, Kind.CASE);
      return j + 1;
    }
    if (isOp(j, "(")) {
      j++;
    }
    List<String> patterns = new ArrayList<>();
    while (j < tokens.size()) {
      ShellToken t = tokens.get(j);
      if (t.isOp(")")) {
        j++;
        break;
      } else if (t.kind() == ShellToken.Kind.WORD) {
        patterns.add(t.text());
      } else if (!t.isOp("|")) {
        break;
      }
      j++;
    }
    f.guard = new Guard(Guard.Kind.CASE,
        clip("case " + f.subject + ": " + String.join("|", patterns)), f.subject, patterns);
    f.phase = Phase.BODY;
    f.refresh();
    resetList();
    return j;
  }

  private int loopStart(int i, String keyword) {
    Frame f = new Frame(Kind.LOOP, Phase.COND, null);
    f.keyword = keyword;
    f.condStart = tokens.get(i).range().start();
    push(f);
    int j = i + 1;
    if (!keyword.equals("while") && !keyword.equals("until")) {
      while (j < tokens.size() && !tokens.get(j).endsCommand()) {
        j++;
      }
    }
    return j;
  }

  private int loopBody(int i) {
    Frame f = nearest(Kind.LOOP);
    if (f != null && f.phase == Phase.COND) {
      popAbove(f);
      f.guard = new Guard(Guard.Kind.LOOP, sourceBefore(f.condStart, i), null, List.of());
      f.phase = Phase.BODY;
      f.refresh();
    }
    resetList();
    return i + 1;
  }

  /** {@code name() {...}} or {@code function name {...}}: the body only runs when called. */
  private int functionStart(int nameIndex, int after) {
    String name = tokens.get(nameIndex).text();
    int j = after;
    if (isOp(j, "(") && isOp(j + 1, ")")) {
      j += 2;
    }
    while (j < tokens.size() && tokens.get(j).kind() == ShellToken.Kind.NEWLINE) {
      j++;
    }
    Guard guard = new Guard(Guard.Kind.FUNCTION, "function " + name, null, List.of());
    if (j < tokens.size() && tokens.get(j).isWord("{")) {
      push(new Frame(Kind.FUNCTION, Phase.BODY, guard));
      j++;
    }
    resetList();
    return Math.max(j, nameIndex + 1);
  }

  private int simpleCommand(int i) {
    List<ShellToken> words = new ArrayList<>();
    int j = i;
    while (j < tokens.size() && !tokens.get(j).endsCommand()) {
      ShellToken t = tokens.get(j);
      if (t.isRedirect()) {
        j += j + 1 < tokens.size() && tokens.get(j + 1).kind() == ShellToken.Kind.WORD ? 2 : 1;
        continue;
      }
      words.add(t);
      j++;
    }
    new CommandReader(this).read(words);
    return Math.max(j, i + 1);
  }

  // ---- used by CommandReader ----

  AssignmentReader reader() {
    return reader;
  }

  void addAssignment(EnvAssignment a) {
    if (a != null) {
      assignments.add(a);
      underAllExport.add(allExport);
    }
  }

  void addCommand(List<ShellToken> words) {
    List<String> texts = new ArrayList<>();
    for (ShellToken w : words) {
      texts.add(w.text());
    }
    TextRange range = words.get(0).range().union(words.get(words.size() - 1).range());
    commands.add(new EnvCommand(texts.get(0), texts, range, condition()));
  }

  void markExported(String name) {
    exportedNames.add(name);
  }

  void setAllExport(boolean on) {
    allExport = on;
  }

  /** The conditions around the current command, outermost first. */
  List<Guard> guards() {
    Frame top = frames.peek();
    List<Guard> chain = top == null ? List.of() : top.chain;
    Guard andOr = andOrGuard();
    if (andOr == null) {
      return chain;
    }
    List<Guard> out = new ArrayList<>(chain);
    out.add(andOr);
    return out;
  }

  /** The same conditions as text, joined with {@code " && "}, or null. */
  String condition() {
    Frame top = frames.peek();
    String base = top == null ? null : top.condition;
    Guard andOr = andOrGuard();
    if (andOr == null) {
      return base;
    }
    return base == null ? andOr.text() : base + " && " + andOr.text();
  }

  private Guard andOrGuard() {
    if (listStart >= 0 && andOrEnd > listStart) {
      return new Guard(Guard.Kind.AND_OR, normalize(text, listStart, andOrEnd), null,
          List.of());
    }
    return null;
  }

  // ---- helpers ----

  private List<EnvAssignment> finish() {
    List<EnvAssignment> out = new ArrayList<>(assignments.size());
    for (int k = 0; k < assignments.size(); k++) {
      EnvAssignment a = assignments.get(k);
      boolean exp = underAllExport.get(k) || exportedNames.contains(a.name());
      out.add(exp ? AssignmentReader.exported(a) : a);
    }
    return out;
  }

  private void resetList() {
    listStart = -1;
    andOrEnd = -1;
  }

  private void push(Frame f) {
    resetList();
    if (frames.size() >= MAX_DEPTH) {
      untracked++;
      return;
    }
    f.parent = frames.peek();
    f.refresh();
    frames.push(f);
  }

  private Frame nearest(Kind kind) {
    for (Frame f : frames) {
      if (f.kind == kind) {
        return f;
      }
    }
    return null;
  }

  private void popAbove(Frame target) {
    while (!frames.isEmpty() && frames.peek() != target) {
      frames.pop();
    }
  }

  /** Closes the nearest frame of either kind (and any unclosed frames inside it). */
  private void popThrough(Kind a, Kind b) {
    if (untracked > 0) {
      untracked--;
      resetList();
      return;
    }
    for (Frame f : frames) {
      if (f.kind == a || f.kind == b) {
        popAbove(f);
        frames.pop();
        break;
      }
    }
    resetList();
  }

  private boolean isOp(int index, String op) {
    return index < tokens.size() && tokens.get(index).isOp(op);
  }

  private int startAfter(int i) {
    return i + 1 < tokens.size() ? tokens.get(i + 1).range().start() : tokens.get(i).range().end();
  }

  /** The source from {@code start} to the last token before {@code index}, on one line. */
  private String sourceBefore(int start, int index) {
    int j = index - 1;
    while (j >= 0 && (tokens.get(j).kind() == ShellToken.Kind.NEWLINE || tokens.get(j).isOp(";"))) {
      j--;
    }
    int end = j >= 0 ? tokens.get(j).range().end() : start;
    return end > start ? normalize(text, start, end) : "";
  }

  /** Condition texts are for reading; a pathological one is cut short. */
  static String clip(String s) {
    return s.length() <= 160 ? s : s.substring(0, 159) + "…";
  }

  /** The source between two offsets on one line, with runs of white space made one space. */
  static String normalize(String s, int from, int to) {
    StringBuilder sb = new StringBuilder(Math.min(to - from, 200));
    boolean space = false;
    for (int k = from; k < to && sb.length() < 200; k++) {
      char c = s.charAt(k);
      if (Character.isWhitespace(c) || (c == '\\' && k + 1 < to
          && Character.isWhitespace(s.charAt(k + 1)))) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return clip(sb.toString());
  }
}
