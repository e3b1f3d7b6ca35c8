package dev.distlint.syntax.envsh;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads release env scripts ({@code rel/env.sh}, {@code rel/env.sh.eex}). This is not a full
 * shell parser: it reads what these scripts contain (assignments, {@code export},
 * {@code : ${NAME:=default}}, {@code if}/{@code case}/loop blocks, functions, EEx tags) and
 * records every assignment with the conditions around it. Blocks are tracked on an explicit
 * stack, so deep nesting cannot exhaust the Java stack. It never throws and runs in linear time.
 */
public final class EnvShParser {
  private final String text;
  private final List<ShellToken> tokens;
  private final AssignmentReader reader;
  private final BlockStack blocks = new BlockStack();
  private final ScriptFacts facts = new ScriptFacts();
  private int listStart = -1;
  private int andOrEnd = -1;

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
    return new EnvShFile(parser.facts.assignments(), parser.facts.commands(), lexer.comments,
        lexer.tags, lexer.expansions);
  }

  private void run() {
    int i = 0;
    while (i < tokens.size()) {
      Block top = blocks.top();
      ShellToken t = tokens.get(i);
      if (top != null && top.phase == Block.Phase.PATTERNS) {
        i = casePatterns(i, top);
      } else if (t.kind() == ShellToken.Kind.NEWLINE || t.isOp(";") || t.isOp("&")) {
        resetList();
        i++;
      } else if (t.isOp("&&") || t.isOp("||") || t.isOp("|")) {
        andOrEnd = t.range().end();
        i++;
      } else if (t.isOp(";;") || t.isOp(";&") || t.isOp(";;&")) {
        Block c = blocks.nearest(Block.Kind.CASE);
        if (c != null) {
          blocks.popAbove(c);
          c.enter(Block.Phase.PATTERNS, c.guard);
        }
        resetList();
        i++;
      } else if (t.isOp("(")) {
        push(new Block(Block.Kind.SUBSHELL, Block.Phase.BODY,
            new Guard(Guard.Kind.SUBSHELL, "subshell", null, List.of())));
        i++;
      } else if (t.isOp(")")) {
        popThrough(Block.Kind.SUBSHELL, Block.Kind.SUBSHELL);
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
        Block f = new Block(Block.Kind.IF, Block.Phase.COND, null);
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
        popThrough(Block.Kind.IF, Block.Kind.IF);
        return i + 1;
      case "case":
        return caseStart(i);
      case "esac":
        popThrough(Block.Kind.CASE, Block.Kind.CASE);
        return i + 1;
      case "for": case "while": case "until": case "select":
        return loopStart(i, word);
      case "do":
        return loopBody(i);
      case "done":
        popThrough(Block.Kind.LOOP, Block.Kind.LOOP);
        return i + 1;
      case "{":
        push(new Block(Block.Kind.BRACE, Block.Phase.BODY, null));
        return i + 1;
      case "}":
        popThrough(Block.Kind.BRACE, Block.Kind.FUNCTION);
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
    Block f = blocks.nearest(Block.Kind.IF);
    if (f != null) {
      blocks.popAbove(f);
      f.keyword = "elif";
      f.condStart = startAfter(i);
      f.enter(Block.Phase.COND, null);
    }
    resetList();
    return i + 1;
  }

  private int then(int i) {
    Block f = blocks.nearest(Block.Kind.IF);
    if (f != null && f.phase == Block.Phase.COND) {
      blocks.popAbove(f);
      String cond = sourceBefore(f.condStart, i);
      if (f.firstCondition == null) {
        f.firstCondition = cond;
      }
      Guard.Kind kind = "elif".equals(f.keyword) ? Guard.Kind.ELIF : Guard.Kind.IF;
      f.enter(Block.Phase.BODY, new Guard(kind, f.keyword + " " + cond, null, List.of()));
    }
    resetList();
    return i + 1;
  }

  private int elseBranch(int i) {
    Block f = blocks.nearest(Block.Kind.IF);
    if (f != null) {
      blocks.popAbove(f);
      String first = f.firstCondition == null ? "" : f.firstCondition;
      f.enter(Block.Phase.BODY, new Guard(Guard.Kind.ELSE, "else (if " + first + ")", null, List.of()));
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
    Block f = new Block(Block.Kind.CASE, Block.Phase.PATTERNS, null);
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

  private int casePatterns(int i, Block f) {
    int j = i;
    while (j < tokens.size() && (tokens.get(j).kind() == ShellToken.Kind.NEWLINE
        || tokens.get(j).isOp(";"))) {
      j++;
    }
    if (j < tokens.size() && tokens.get(j).isWord("esac")) {
      popThrough(Block.Kind.CASE, Block.Kind.CASE);
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
    f.enter(Block.Phase.BODY, new Guard(Guard.Kind.CASE,
        ConditionText.clip("case " + f.subject + ": " + String.join("|", patterns)), f.subject, patterns));
    resetList();
    return j;
  }

  private int loopStart(int i, String keyword) {
    Block f = new Block(Block.Kind.LOOP, Block.Phase.COND, null);
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
    Block f = blocks.nearest(Block.Kind.LOOP);
    if (f != null && f.phase == Block.Phase.COND) {
      blocks.popAbove(f);
      f.enter(Block.Phase.BODY,
          new Guard(Guard.Kind.LOOP, sourceBefore(f.condStart, i), null, List.of()));
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
      push(new Block(Block.Kind.FUNCTION, Block.Phase.BODY, guard));
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

  ScriptFacts facts() {
    return facts;
  }

  /** The conditions around the current command, outermost first. */
  List<Guard> guards() {
    Block top = blocks.top();
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
    Block top = blocks.top();
    String base = top == null ? null : top.condition;
    Guard andOr = andOrGuard();
    if (andOr == null) {
      return base;
    }
    return base == null ? andOr.text() : base + " && " + andOr.text();
  }

  private Guard andOrGuard() {
    if (listStart >= 0 && andOrEnd > listStart) {
      return new Guard(Guard.Kind.AND_OR, ConditionText.normalize(text, listStart, andOrEnd), null,
          List.of());
    }
    return null;
  }

  // ---- helpers ----

  private void resetList() {
    listStart = -1;
    andOrEnd = -1;
  }

  private void push(Block b) {
    resetList();
    blocks.push(b);
  }

  private void popThrough(Block.Kind a, Block.Kind b) {
    blocks.popThrough(a, b);
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
    return end > start ? ConditionText.normalize(text, start, end) : "";
  }
}
