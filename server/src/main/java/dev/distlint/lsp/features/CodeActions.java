package dev.distlint.lsp.features;

import dev.distlint.base.PositionEncoding;
import dev.distlint.base.Finding;
import dev.distlint.base.Fix;
import dev.distlint.base.TextRange;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Quick fixes: each finding's mechanical fixes (possibly editing other files), and a
 * suppression comment for the finding's line.
 */
public final class CodeActions {
  /** The kind of the action that applies every safe fix of a file. */
  public static final String FIX_ALL = CodeActionKind.SourceFixAll + ".distlint";

  private CodeActions() {
  }

  public static List<Either<Command, CodeAction>> actions(ParsedFile file, TextRange requested,
      List<Finding> findings, Workspace ws, PositionEncoding enc, CodeActionContext context) {
    List<String> only = context == null ? null : context.getOnly();
    boolean quickFixes = only == null || only.stream().anyMatch(k -> k != null
        && (CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix)));
    boolean fixAll = only != null && only.stream().anyMatch(k -> k != null && !k.isEmpty()
        && (FIX_ALL.startsWith(k) || k.startsWith(FIX_ALL)));
    List<Either<Command, CodeAction>> out = new ArrayList<>();
    if (fixAll) {
      fixAll(findings, ws, enc).ifPresent(a -> out.add(Either.forRight(a)));
    }
    if (!quickFixes) {
      return out;
    }
    List<Finding> hit = new ArrayList<>();
    for (Finding f : findings) {
      if (f.range().start() <= requested.end() && requested.start() <= f.range().end()) {
        hit.add(f);
      }
    }
    for (Finding f : hit) {
      Diagnostic d = Diagnostics.toLsp(List.of(f), file.lines(), enc, ws).get(0);
      for (Fix fix : f.fixes()) {
        CodeAction a = new CodeAction(fix.title());
        a.setKind(CodeActionKind.QuickFix);
        a.setDiagnostics(List.of(d));
        a.setIsPreferred(fix.safe());
        a.setEdit(edit(fix.edits(), ws, enc));
        out.add(Either.forRight(a));
      }
    }
    String nl = lineBreak(file.text());
    for (Finding f : hit) {
      boolean shebang = file.lines().lineOf(f.range().start()) == 0 && file.text().startsWith("#!");
      CodeAction a = new CodeAction("Suppress " + f.ruleId()
          + (shebang ? " in this file" : " on this line"));
      a.setKind(CodeActionKind.QuickFix);
      a.setDiagnostics(Diagnostics.toLsp(List.of(f), file.lines(), enc, ws));
      a.setEdit(edit(List.of(suppression(file, f, nl)), ws, enc));
      out.add(Either.forRight(a));
    }
    return out;
  }

  /**
   * One action applying every safe fix of the file whose edits do not overlap an earlier one's,
   * or empty when there is none.
   */
  static java.util.Optional<CodeAction> fixAll(List<Finding> findings, Workspace ws,
      PositionEncoding enc) {
    List<Fix.FileEdit> edits = new ArrayList<>();
    int count = 0;
    for (Finding f : findings) {
      for (Fix fix : f.fixes()) {
        if (fix.safe() && fix.edits().stream().noneMatch(e -> overlaps(e, edits))) {
          edits.addAll(fix.edits());
          count++;
          break;
        }
      }
    }
    if (edits.isEmpty()) {
      return java.util.Optional.empty();
    }
    CodeAction a = new CodeAction("Apply " + count + " distlint fix" + (count == 1 ? "" : "es"));
    a.setKind(FIX_ALL);
    a.setEdit(edit(edits, ws, enc));
    return java.util.Optional.of(a);
  }

  private static boolean overlaps(Fix.FileEdit e, List<Fix.FileEdit> taken) {
    for (Fix.FileEdit t : taken) {
      if (t.path().equals(e.path()) && t.range().start() <= e.range().end()
          && e.range().start() <= t.range().end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Inserts {@code # distlint:disable-next-line <id>} above the finding, same indentation; a
   * finding on an interpreter line ({@code #!/bin/sh}) is suppressed for the whole file instead,
   * since nothing may come before that line.
   */
  static Fix.FileEdit suppression(ParsedFile file, Finding f, String nl) {
    int line = file.lines().lineOf(f.range().start());
    int start = file.lines().lineStart(line);
    if (line == 0 && file.text().startsWith("#!")) {
      int next = file.lines().lineCount() > 1 ? file.lines().lineStart(1) : file.text().length();
      String prefix = next == file.text().length() && !file.text().endsWith("\n") ? nl : "";
      return new Fix.FileEdit(file.path(), TextRange.at(next),
          prefix + "# distlint:disable-file " + f.ruleId() + nl);
    }
    String text = file.text();
    int i = start;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return new Fix.FileEdit(file.path(), TextRange.at(start),
        text.substring(start, i) + "# distlint:disable-next-line " + f.ruleId() + nl);
  }

  /**
   * The file's line break, found once per request: scanning the text for each of thousands of
   * findings made a request over a whole file quadratic.
   */
  static String lineBreak(String text) {
    return text.contains("\r\n") ? "\r\n" : "\n";
  }

  static WorkspaceEdit edit(List<Fix.FileEdit> edits, Workspace ws, PositionEncoding enc) {
    Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
    for (Fix.FileEdit e : edits) {
      ParsedFile target = ws.file(e.path());
      if (target == null) {
        continue;
      }
      changes.computeIfAbsent(Diagnostics.uriOf(e.path()), k -> new ArrayList<>())
          .add(new TextEdit(Positions.range(target.lines(), e.range(), enc), e.newText()));
    }
    return new WorkspaceEdit(changes);
  }
}
