package dev.distlint.lsp;

import dev.distlint.base.PositionEncoding;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
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
    List<String> offered = c == null || c.getGeneral() == null ? null
        : c.getGeneral().getPositionEncodings();
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

  static void workspaceFolders(ServerCapabilities caps) {
    WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
    folders.setSupported(true);
    WorkspaceServerCapabilities ws = new WorkspaceServerCapabilities(folders);
    caps.setWorkspace(ws);
  }
}
