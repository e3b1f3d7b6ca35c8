package dev.distlint.lsp;

import dev.distlint.base.Log;
import dev.distlint.base.FileKind;
import dev.distlint.base.Log;
import dev.distlint.base.FileKind;
import dev.distlint.documents.FilePatterns;
import dev.distlint.settings.Settings;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Project;
import dev.distlint.workspace.WorkspaceLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Reads the workspace folders (in the background, with progress when the client shows it),
 * registers file watchers, and keeps disk files and project settings current.
 */
final class WorkspaceScanner {
  private final ServerState state;
  private final Validator validator;
  private volatile LanguageClient client;
  private volatile ClientCapabilities caps;

  WorkspaceScanner(ServerState state, Validator validator) {
    this.state = state;
    this.validator = validator;
  }

  void connect(LanguageClient c) {
    client = c;
  }

  void setClientCapabilities(ClientCapabilities c) {
    caps = c;
  }

  void startInitialScan() {
    registerWatchers();
    validator.submit(this::scanWithProgress);
  }

  private void scanWithProgress() {
    LanguageClient c = client;
    String token = null;
    if (c != null && Capabilities.workDoneProgress(caps)) {
      token = "distlint-scan-" + UUID.randomUUID();
      try {
        c.createProgress(new WorkDoneProgressCreateParams(Either.forLeft(token))).get();
        WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
        begin.setTitle("distlint: reading workspace");
        c.notifyProgress(new ProgressParams(Either.forLeft(token), Either.forLeft(begin)));
      } catch (Exception e) {
        token = null;
      }
    }
    long t0 = System.nanoTime();
    reloadProjectSettings(state);
    rescan();
    Log.warn("read " + state.diskCount() + " workspace files in "
        + (System.nanoTime() - t0) / 1_000_000 + " ms");
    if (token != null) {
      WorkDoneProgressEnd end = new WorkDoneProgressEnd();
      end.setMessage(state.diskCount() + " files");
      c.notifyProgress(new ProgressParams(Either.forLeft(token), Either.forLeft(end)));
    }
    logProjects();
    validator.requestProject();
  }

  /** Logs the cluster projects found and why each file belongs to its project. */
  void logProjects() {
    try {
      var model = state.model();
      for (var p : model.projects()) {
        Log.info("project " + (p.unlinked() ? "(none)" : p.name()) + " in " + p.dir() + " ("
            + p.origin() + "): " + p.members().size() + " files");
        if (p.unlinked()) {
          // the files no evidence links: the ones a user may want to state under projects:
          p.members().stream().limit(10).forEach(m -> Log.info("  " + m.path() + ": " + m.reason()));
        }
      }
    } catch (RuntimeException e) {
      Log.error("cannot build the project model", e);
    }
  }

  void rescan() {
    List<ParsedFile> files = new ArrayList<>();
    List<String> notices = new ArrayList<>();
    for (Path root : state.roots()) {
      Settings settings = state.rootSettings(root);
      try {
        for (WorkspaceLoader.LoadedFile lf
            : WorkspaceLoader.scan(root, settings, () -> false, notices::add)) {
          files.add(ParsedFile.of(lf.absolute().toString(), lf.text(), 0));
        }
      } catch (IOException | RuntimeException e) {
        Log.error("cannot scan " + root, e);
      }
    }
    state.replaceDisk(files);
    notices.forEach(Log::warn);
    tellUser(notices);
  }

  /** Scan limits reached are shown to the user, not only logged: results are incomplete. */
  private void tellUser(List<String> notices) {
    LanguageClient c = client;
    notices.stream().filter(n -> n.startsWith("stopped reading")).findFirst().ifPresent(n -> {
      if (c != null) {
        c.showMessage(new org.eclipse.lsp4j.MessageParams(org.eclipse.lsp4j.MessageType.Warning,
            "distlint: " + n));
      }
    });
  }

  /** Re-reads one file after a watcher event; a deleted or unreadable file is dropped. */
  void refresh(Path file) {
    String path = file.toAbsolutePath().normalize().toString();
    if (!Files.isRegularFile(file) || !insideRoots(file)) {
      state.removeDisk(path);
      return;
    }
    try {
      WorkspaceLoader.LoadedFile lf = WorkspaceLoader.read(file, path, Files.size(file));
      if (lf == null) {
        state.removeDisk(path);
      } else {
        ParsedFile pf = ParsedFile.of(path, lf.text(), 0);
        state.putDisk(pf);
        if (pf.kind() == FileKind.DISTLINT_CONFIG) {
          reloadProjectSettings(state);
        }
      }
    } catch (IOException e) {
      state.removeDisk(path);
    }
  }

  /**
   * True when the file lies under a workspace folder with no symbolic link on the way, as the
   * initial scan reads it: a link must not let a watcher event read a file outside the folders.
   */
  private boolean insideRoots(Path file) {
    Path f = file.toAbsolutePath().normalize();
    for (Path root : state.roots()) {
      if (f.startsWith(root)) {
        try {
          return f.toRealPath().equals(root.toRealPath().resolve(root.relativize(f)));
        } catch (IOException e) {
          return false;
        }
      }
    }
    return false;
  }

  /** Re-reads {@code .distlint.yaml} of the first root (an open editor buffer wins). */
  static void reloadProjectSettings(ServerState state) {
    List<Path> roots = state.roots();
    if (roots.isEmpty()) {
      return;
    }
    Path cfg = roots.get(0).resolve(Project.CONFIG_FILE);
    for (ServerState.OpenDoc d : state.openDocs()) {
      if (d.path().equals(cfg.toString())) {
        state.setProjectSettings(dev.distlint.settings.SettingsReader.fromYaml(
            d.parsed().view(dev.distlint.syntax.yaml.YamlView.YAML),
            dev.distlint.rules.BuiltinRules::isKnown));
        return;
      }
    }
    try {
      state.setProjectSettings(Project.readSettings(roots.get(0), null));
    } catch (IOException e) {
      Log.error("cannot read " + cfg, e);
    }
  }

  private void registerWatchers() {
    LanguageClient c = client;
    if (c == null || !Capabilities.dynamicWatchers(caps)) {
      return;
    }
    List<FileSystemWatcher> watchers = new ArrayList<>();
    FilePatterns.GLOBS.forEach(g -> watchers.add(new FileSystemWatcher(Either.forLeft(g))));
    var opts = new DidChangeWatchedFilesRegistrationOptions(watchers);
    c.registerCapability(new RegistrationParams(List.of(new Registration(
        "distlint-watch", "workspace/didChangeWatchedFiles", opts))));
  }
}
