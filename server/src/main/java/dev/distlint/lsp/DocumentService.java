package dev.distlint.lsp;

import dev.distlint.documents.TextDocument;
import dev.distlint.lsp.features.CodeActions;
import dev.distlint.lsp.features.Completions;
import dev.distlint.lsp.features.Hovers;
import dev.distlint.lsp.features.Positions;
import dev.distlint.base.Log;
import dev.distlint.base.TextRange;
import dev.distlint.base.FileKind;
import dev.distlint.lsp.features.CodeActions;
import dev.distlint.lsp.features.Completions;
import dev.distlint.lsp.features.Hovers;
import dev.distlint.lsp.features.Positions;
import dev.distlint.base.Log;
import dev.distlint.base.TextRange;
import dev.distlint.base.FileKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.BiFunction;
import java.util.function.Function;
import dev.distlint.lsp.features.DocumentLinks;
import dev.distlint.lsp.features.Navigation;
import dev.distlint.lsp.features.Symbols;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentPositionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Document sync and per-document requests. Notifications only update state and schedule
 * analysis (never blocking the protocol reader); requests compute on a small pool and answer
 * {@code null} or empty for documents the server does not have.
 */
final class DocumentService implements TextDocumentService {
  private final ServerState state;
  private final Validator validator;
  private final ExecutorService requests = RequestPool.create("distlint-requests");
  private volatile boolean snippets;

  private final ProjectDiagnostics project;

  DocumentService(ServerState state, Validator validator, ProjectDiagnostics project) {
    this.state = state;
    this.validator = validator;
    this.project = project;
  }

  void connect(LanguageClient c) {
    // Requests answer through their futures; nothing to keep.
  }

  void setSnippetSupport(boolean b) {
    snippets = b;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    var d = params == null ? null : params.getTextDocument();
    if (d == null || d.getUri() == null) {
      return;
    }
    var open = state.open(d.getUri(), d.getVersion(), d.getText() == null ? "" : d.getText());
    if (open.parsed().kind() == FileKind.DISTLINT_CONFIG) {
      WorkspaceScanner.reloadProjectSettings(state);
    }
    validator.request(d.getUri());
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    String uri = params == null || params.getTextDocument() == null ? null
        : params.getTextDocument().getUri();
    ServerState.OpenDoc cur = uri == null ? null : state.get(uri);
    if (cur == null) {
      Log.warn("didChange for a document that is not open: " + uri);
      return;
    }
    Integer v = params.getTextDocument().getVersion();
    int version = v == null ? cur.doc().version() + 1 : v;
    if (v != null && v <= cur.doc().version()) {
      Log.warn("didChange with version " + v + " not after " + cur.doc().version() + ": applied");
    }
    TextDocument doc = cur.doc();
    List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
    for (TextDocumentContentChangeEvent ch : changes == null ? List.<TextDocumentContentChangeEvent>of()
        : changes) {
      if (ch == null) {
        continue;
      }
      String text = ch.getText() == null ? "" : ch.getText();
      var r = ch.getRange();
      if (r == null) {
        doc = doc.replaceAll(text, version);
      } else if (r.getStart() == null || r.getEnd() == null) {
        Log.warn("didChange with an incomplete range ignored for " + uri);
      } else {
        doc = doc.applyChange(r.getStart().getLine(), r.getStart().getCharacter(),
            r.getEnd().getLine(), r.getEnd().getCharacter(), text, version, state.encoding());
      }
    }
    dev.distlint.base.Timings.mark("didChange applied");
    state.update(uri, doc.version() == version ? doc : new TextDocument(uri, version, doc.text()));
    if (cur.parsed().kind() == FileKind.DISTLINT_CONFIG) {
      WorkspaceScanner.reloadProjectSettings(state);
    }
    validator.request(uri);
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    String uri = params == null ? null : uri(params.getTextDocument());
    if (uri != null && state.close(uri) != null) {
      validator.clear(uri);
      validator.requestProject();
    }
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    String uri = params == null ? null : uri(params.getTextDocument());
    if (uri != null) {
      validator.request(uri);
      validator.requestProject();
    }
  }

  private static String uri(TextDocumentIdentifier id) {
    return id == null ? null : id.getUri();
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return at(params, (d, offset) -> Hovers.hover(d.parsed(), offset, findings(d),
        state.workspaceFor(d.path()), state.encoding()));
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(
      CompletionParams params) {
    return at(params, (d, offset) -> Either.forRight(Completions.complete(d.parsed(), offset,
        state.workspaceFor(d.path()), state.encoding(), snippets)));
  }

  @Override
  public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>>
      definition(DefinitionParams params) {
    return at(params, (d, offset) -> Either.forLeft(Navigation.definition(d.parsed(), offset,
        findings(d), state.workspaceFor(d.path()), state.encoding())));
  }

  @Override
  public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
    boolean declaration = params != null && params.getContext() != null
        && params.getContext().isIncludeDeclaration();
    return at(params, (d, offset) -> Navigation.references(d.parsed(), offset, declaration,
        state.workspaceFor(d.path()), state.encoding()));
  }

  @Override
  public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(
      DocumentHighlightParams params) {
    return at(params, (d, offset) -> Navigation.highlights(d.parsed(), offset, state.workspaceFor(d.path()),
        state.encoding()));
  }

  @Override
  public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
      DocumentSymbolParams params) {
    return compute(params == null ? null : uri(params.getTextDocument()), d -> {
      List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
      Symbols.document(d.parsed(), state.encoding()).forEach(s -> out.add(Either.forRight(s)));
      return out;
    });
  }

  @Override
  public CompletableFuture<List<DocumentLink>> documentLink(DocumentLinkParams params) {
    return compute(params == null ? null : uri(params.getTextDocument()),
        d -> DocumentLinks.of(d.parsed(), state.workspaceFor(d.path()), state.encoding()));
  }

  @Override
  public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
    String uri = params == null ? null : uri(params.getTextDocument());
    String previous = params == null ? null : params.getPreviousResultId();
    return CompletableFutures.computeAsync(requests,
        cancel -> project.document(uri, previous, ProjectDiagnostics.flag(cancel)));
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    return compute(params == null ? null : uri(params.getTextDocument()), d -> {
      var r = params.getRange();
      int a = Positions.offset(d.parsed().lines(), r == null ? null : r.getStart(), state.encoding());
      int b = Positions.offset(d.parsed().lines(), r == null ? null : r.getEnd(), state.encoding());
      return CodeActions.actions(d.parsed(), new TextRange(Math.min(a, b), Math.max(a, b)),
          findings(d), state.workspaceFor(d.path()), state.encoding(), params.getContext());
    });
  }

  @Override
  public CompletableFuture<List<org.eclipse.lsp4j.InlayHint>> inlayHint(
      org.eclipse.lsp4j.InlayHintParams params) {
    return compute(params == null ? null : uri(params.getTextDocument()), d -> {
      var r = params.getRange();
      int a = Positions.offset(d.parsed().lines(), r == null ? null : r.getStart(), state.encoding());
      int b = r == null ? d.parsed().text().length()
          : Positions.offset(d.parsed().lines(), r.getEnd(), state.encoding());
      return dev.distlint.lsp.features.Inlays.hints(d.parsed(),
          new TextRange(Math.min(a, b), Math.max(a, b)), state.workspaceFor(d.path()), state.encoding());
    });
  }

  @Override
  public CompletableFuture<List<? extends org.eclipse.lsp4j.CodeLens>> codeLens(
      org.eclipse.lsp4j.CodeLensParams params) {
    return compute(params == null ? null : uri(params.getTextDocument()), d -> {
      List<org.eclipse.lsp4j.CodeLens> out = new ArrayList<>();
      for (var lens : dev.distlint.assist.CodeLenses.of(d.parsed(), state.workspaceFor(d.path()))) {
        out.add(new org.eclipse.lsp4j.CodeLens(
            Positions.range(d.parsed().lines(), lens.range(), state.encoding()),
            new org.eclipse.lsp4j.Command(lens.title(), WorkspaceServiceImpl.REVIEW), null));
      }
      return out;
    });
  }

  /** The findings of an open document on the current snapshot (shared with pull diagnostics). */
  private List<dev.distlint.base.Finding> findings(ServerState.OpenDoc d) {
    ProjectDiagnostics.Result r = project.result(d.path(), () -> false);
    return r == null ? state.findings(d.uri()) : r.findings();
  }

  /** Runs a request at a position of an open document; missing parameters answer null. */
  private <T> CompletableFuture<T> at(TextDocumentPositionParams params,
      BiFunction<ServerState.OpenDoc, Integer, T> f) {
    return compute(params == null ? null : uri(params.getTextDocument()), d -> f.apply(d,
        Positions.offset(d.parsed().lines(), params.getPosition(), state.encoding())));
  }

  /** Runs a request for an open document; unknown documents and failures answer null. */
  private <T> CompletableFuture<T> compute(String uri, Function<ServerState.OpenDoc, T> f) {
    return CompletableFutures.computeAsync(requests, cancel -> {
      ServerState.OpenDoc d = uri == null ? null : state.get(uri);
      if (d == null) {
        return null;
      }
      try {
        cancel.checkCanceled();
        return f.apply(d);
      } catch (RuntimeException | StackOverflowError e) {
        if (e instanceof java.util.concurrent.CancellationException ce) {
          throw ce;
        }
        Log.error("request failed for " + uri, e);
        return null;
      }
    });
  }
}
