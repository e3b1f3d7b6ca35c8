package dev.distlint.lsp;

import dev.distlint.facts.projects.ProjectModel;
import dev.distlint.settings.Settings;
import dev.distlint.lsp.features.Diagnostics;
import dev.distlint.base.Finding;
import dev.distlint.lint.Linter;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.PreviousResultId;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.RelatedUnchangedDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceUnchangedDocumentDiagnosticReport;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * The findings of every file of the project, open or not, for pull diagnostics
 * ({@code textDocument/diagnostic}, {@code workspace/diagnostic}) and for pushing the findings of
 * unopened files to clients that do not pull. Results are kept per file for the workspace
 * snapshot they were computed on, so asking twice without a change costs nothing; each carries a
 * result id derived from the findings and the text, so a client that sends the id back gets
 * {@code unchanged} when nothing it would show has changed.
 */
final class ProjectDiagnostics {
  /** The findings of one file on one snapshot, with their result id. */
  record Result(ParsedFile file, List<Finding> findings, String resultId) {
  }

  /** A file's last check: reused whole on the same snapshot, rule by rule on a later one. */
  private record Cached(Workspace ws, Result result, Linter.Previous previous) {
  }

  private final ServerState state;
  private final java.util.function.Supplier<Linter> linter;
  private final Map<String, Cached> cache = new HashMap<>();
  /** The snapshot the cache was last pruned for (guarded by {@code cache}). */
  private Workspace prunedFor;
  private final BaselineFilter baseline;
  /** Set once a file of the workspace is checked: real analysis has started. */
  private volatile boolean checking;

  ProjectDiagnostics(ServerState state, java.util.function.Supplier<Linter> linter) {
    this.state = state;
    this.linter = linter;
    this.baseline = new BaselineFilter(state);
  }

  /** A cancel checker as a flag: true once the request was cancelled. */
  static BooleanSupplier flag(CancelChecker cancel) {
    return () -> {
      try {
        cancel.checkCanceled();
        return false;
      } catch (CancellationException e) {
        return true;
      }
    };
  }

  /** The findings of the file at {@code path} on the current snapshot; null when unknown. */
  Result result(String path, BooleanSupplier cancelled) {
    Workspace ws = state.snapshot();
    ParsedFile file = ws.file(path);
    if (file == null) {
      return null;
    }
    Linter.Previous prev;
    synchronized (cache) {
      Cached c = cache.get(path);
      if (c != null && c.ws() == ws) {
        return c.result();
      }
      prev = c == null ? null : c.previous();
    }
    checking = true;
    // The file is checked within its cluster project, with the settings of its folder.
    ProjectModel model = state.model();
    Workspace projectWs = model.workspaceOf(path);
    if (projectWs == null) {
      // left out by a nested settings file's include or exclude: nothing to report
      return new Result(file, List.of(), "excluded-" + Integer.toHexString(file.text().hashCode()));
    }
    Settings settings = model.settingsFor(path);
    // a compose file whose services run in several projects: each project's services are judged
    // in that project
    ParsedFile own = model.fileOf(path);
    Linter.Result checked = linter.get().recheck(projectWs, own == null ? file : own, settings,
        cancelled, prev);
    List<Finding> all = Linter.withShares(model, path, checked.findings(),
        (w, variant) -> linter.get().check(w, variant, settings, cancelled));
    List<Finding> found = baseline.apply(file.text(), all, settings);
    String id = Integer.toHexString(found.hashCode()) + "-" + Integer.toHexString(
        file.text().hashCode());
    Result r = new Result(file, found, id);
    if (cancelled.getAsBoolean()) {
      return r;
    }
    synchronized (cache) {
      cache.put(path, new Cached(ws, r, new Linter.Previous(projectWs, own == null ? file : own,
          settings, checked)));
      if (prunedFor != ws) {
        // once a snapshot, not once a file: the files gone from it leave the cache
        prunedFor = ws;
        cache.keySet().removeIf(p -> !ws.has(p));
      }
    }
    return r;
  }

  /** Whether a file of the workspace has been checked (the JIT warm-up then has no purpose). */
  boolean checking() {
    return checking;
  }

  List<Diagnostic> diagnostics(Result r) {
    return Diagnostics.toLsp(r.findings(), r.file().lines(), state.encoding(), state.snapshot());
  }

  /** The report of {@code textDocument/diagnostic}. */
  DocumentDiagnosticReport document(String uri, String previousId, BooleanSupplier cancelled) {
    Result r = uri == null ? null : result(Uris.toPath(uri), cancelled);
    if (r == null) {
      return new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(List.of()));
    }
    if (r.resultId().equals(previousId)) {
      return new DocumentDiagnosticReport(new RelatedUnchangedDocumentDiagnosticReport(
          r.resultId()));
    }
    RelatedFullDocumentDiagnosticReport full =
        new RelatedFullDocumentDiagnosticReport(diagnostics(r));
    full.setResultId(r.resultId());
    return new DocumentDiagnosticReport(full);
  }

  /** The report of {@code workspace/diagnostic}: every file of the project. */
  WorkspaceDiagnosticReport workspace(List<PreviousResultId> previous, BooleanSupplier cancelled) {
    Map<String, String> before = new HashMap<>();
    if (previous != null) {
      for (PreviousResultId p : previous) {
        if (p != null && p.getUri() != null) {
          before.put(Uris.toPath(p.getUri()), p.getValue());
        }
      }
    }
    List<WorkspaceDocumentDiagnosticReport> items = new ArrayList<>();
    for (ParsedFile f : state.snapshot().files()) {
      if (cancelled.getAsBoolean()) {
        break;
      }
      Result r = result(f.path(), cancelled);
      if (r == null) {
        continue;
      }
      String uri = state.uriOf(f.path());
      Integer version = state.versionOf(f.path());
      if (r.resultId().equals(before.get(f.path()))) {
        items.add(new WorkspaceDocumentDiagnosticReport(
            new WorkspaceUnchangedDocumentDiagnosticReport(r.resultId(), uri, version)));
      } else {
        WorkspaceFullDocumentDiagnosticReport full =
            new WorkspaceFullDocumentDiagnosticReport(diagnostics(r), uri, version);
        full.setResultId(r.resultId());
        items.add(new WorkspaceDocumentDiagnosticReport(full));
      }
    }
    return new WorkspaceDiagnosticReport(items);
  }
}
