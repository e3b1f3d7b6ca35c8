package dev.distlint.features;

import dev.distlint.documents.PositionEncoding;
import dev.distlint.lint.Finding;
import dev.distlint.lint.Fix;
import dev.distlint.lint.TextRange;
import dev.distlint.workspace.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
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
  private CodeActions() {
  }

  public static List<Either<Command, CodeAction>> actions(ParsedFile file, TextRange requested,
      List<Finding> findings, Workspace ws, PositionEncoding enc) {
    List<Either<Command, CodeAction>> out = new ArrayList<>();
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
    for (Finding f : hit) {
      CodeAction a = new CodeAction("Suppress " + f.ruleId() + " on this line");
      a.setKind(CodeActionKind.QuickFix);
      a.setDiagnostics(Diagnostics.toLsp(List.of(f), file.lines(), enc, ws));
      a.setEdit(edit(List.of(suppression(file, f)), ws, enc));
      out.add(Either.forRight(a));
    }
    return out;
  }

  /** Inserts {@code # distlint:disable-next-line <id>} above the finding, same indentation. */
  static Fix.FileEdit suppression(ParsedFile file, Finding f) {
    int line = file.lines().lineOf(f.range().start());
    int start = file.lines().lineStart(line);
    String text = file.text();
    int i = start;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    String nl = text.contains("\r\n") ? "\r\n" : "\n";
    return new Fix.FileEdit(file.path(), TextRange.at(start),
        text.substring(start, i) + "# distlint:disable-next-line " + f.ruleId() + nl);
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
