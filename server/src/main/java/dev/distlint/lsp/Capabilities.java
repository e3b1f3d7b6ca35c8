package dev.distlint.lsp;

import dev.distlint.base.PositionEncoding;
import dev.distlint.base.Version;
import dev.distlint.lsp.features.CodeActions;
import dev.distlint.lsp.features.Completions;
import dev.distlint.documents.FilePatterns;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.DocumentLinkOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;

/** Reads what the client supports; every accessor tolerates missing capability objects. */
final class Capabilities {
  private Capabilities() {
  }

  /** UTF-8 when the client offers it, else the protocol default UTF-16. */
  static PositionEncoding encoding(InitializeParams p) {
    ClientCapabilities c = p.getCapabilities();
    return encoding(c == null || c.getGeneral() == null ? null
        : c.getGeneral().getPositionEncodings());
  }

  /** UTF-8 when {@code offered} (the client's position encodings, or null) holds it. */
  static PositionEncoding encoding(List<String> offered) {
    if (offered != null && offered.contains("utf-8")) {
      return PositionEncoding.UTF8;
    }
    return PositionEncoding.UTF16;
  }

  static boolean snippets(InitializeParams p) {
    ClientCapabilities c = p.getCapabilities();
    try {
      Boolean b = c.getTextDocument().getCompletion().getCompletionItem().getSnippetSupport();
      return Boolean.TRUE.equals(b);
    } catch (NullPointerException e) {
      return false;
    }
  }

  static boolean workDoneProgress(ClientCapabilities c) {
    return c != null && c.getWindow() != null
        && Boolean.TRUE.equals(c.getWindow().getWorkDoneProgress());
  }

  static boolean dynamicWatchers(ClientCapabilities c) {
    return c != null && c.getWorkspace() != null && c.getWorkspace().getDidChangeWatchedFiles() != null
        && Boolean.TRUE.equals(c.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());
  }

  /** True when the client asks for diagnostics itself ({@code textDocument/diagnostic}). */
  static boolean pullsDiagnostics(ClientCapabilities c) {
    return c != null && c.getTextDocument() != null && c.getTextDocument().getDiagnostic() != null;
  }

  static boolean refreshesDiagnostics(ClientCapabilities c) {
    return c != null && c.getWorkspace() != null && c.getWorkspace().getDiagnostics() != null
        && Boolean.TRUE.equals(c.getWorkspace().getDiagnostics().getRefreshSupport());
  }

  /** True when the client answers {@code workspace/configuration}. */
  static boolean configuration(ClientCapabilities c) {
    return c != null && c.getWorkspace() != null
        && Boolean.TRUE.equals(c.getWorkspace().getConfiguration());
  }

  /** The answer to {@code initialize} for a client that gets positions in {@code encoding}. */
  static InitializeResult result(PositionEncoding encoding) {
    ServerCapabilities caps = announced(WorkspaceServiceImpl.COMMANDS);
    caps.setPositionEncoding(encoding.wireName());
    return new InitializeResult(caps, new ServerInfo("distlint", Version.VALUE));
  }

  /**
   * What the server announces. Every capability here is driven by the conformance test on
   * {@code examples/}; the file patterns go to clients under {@code experimental.filePatterns}.
   */
  static ServerCapabilities announced(List<String> commands) {
    ServerCapabilities caps = new ServerCapabilities();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Incremental);
    sync.setSave(new SaveOptions(false));
    caps.setTextDocumentSync(sync);
    caps.setHoverProvider(true);
    caps.setInlayHintProvider(true);
    caps.setCodeLensProvider(new CodeLensOptions(false));
    caps.setCompletionProvider(new CompletionOptions(false, Completions.TRIGGERS));
    caps.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix,
        CodeActions.FIX_ALL)));
    caps.setDefinitionProvider(true);
    caps.setReferencesProvider(true);
    caps.setDocumentHighlightProvider(true);
    caps.setDocumentSymbolProvider(true);
    caps.setWorkspaceSymbolProvider(true);
    caps.setDocumentLinkProvider(new DocumentLinkOptions(false));
    DiagnosticRegistrationOptions diagnostics = new DiagnosticRegistrationOptions(true, true);
    diagnostics.setIdentifier("distlint");
    caps.setDiagnosticProvider(diagnostics);
    caps.setExecuteCommandProvider(new ExecuteCommandOptions(commands));
    WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
    folders.setSupported(true);
    folders.setChangeNotifications(true);
    caps.setWorkspace(new WorkspaceServerCapabilities(folders));
    caps.setExperimental(Map.of("filePatterns", FilePatterns.GLOBS));
    return caps;
  }
}
