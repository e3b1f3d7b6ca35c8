package dev.distlint.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.distlint.base.Log;
import dev.distlint.lsp.features.Symbols;
import dev.distlint.base.Log;
import dev.distlint.rules.BuiltinRules;
import dev.distlint.settings.Settings;
import dev.distlint.settings.SettingsReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * Settings (pulled from the client with {@code workspace/configuration}, section
 * {@code distlint}, when it answers that; else taken from what it pushes), watched-file events,
 * workspace symbols and diagnostics, and commands.
 */
final class WorkspaceServiceImpl implements WorkspaceService {
  static final String REVIEW = "distlint.review";
  static final List<String> COMMANDS = List.of(REVIEW);
  static final String SECTION = "distlint";

  private final ServerState state;
  private final Validator validator;
  private final WorkspaceScanner scanner;
  private final java.util.function.Supplier<dev.distlint.lint.Linter> linter;
  private final ProjectDiagnostics project;
  private final ExecutorService requests = RequestPool.create("distlint-workspace-requests");
  private volatile LanguageClient client;
  private volatile boolean pullsConfiguration;

  WorkspaceServiceImpl(ServerState state, Validator validator, WorkspaceScanner scanner,
      java.util.function.Supplier<dev.distlint.lint.Linter> linter, ProjectDiagnostics project) {
    this.state = state;
    this.validator = validator;
    this.scanner = scanner;
    this.linter = linter;
    this.project = project;
  }

  void connect(LanguageClient c) {
    client = c;
  }

  void setClientCapabilities(ClientCapabilities c) {
    pullsConfiguration = Capabilities.configuration(c);
  }

  /** Asks the client for the {@code distlint} section, if it answers such requests. */
  void pullSettings() {
    LanguageClient c = client;
    if (c == null || !pullsConfiguration) {
      return;
    }
    ConfigurationItem item = new ConfigurationItem();
    item.setSection(SECTION);
    c.configuration(new ConfigurationParams(List.of(item))).whenComplete((values, error) -> {
      if (error != null) {
        Log.warn("the client did not answer workspace/configuration: " + error.getMessage());
      } else if (values != null && !values.isEmpty() && values.get(0) != null) {
        applyClientSettings(values.get(0));
        validator.requestProject();
      }
    });
  }

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    if (pullsConfiguration) {
      pullSettings();
      return;
    }
    applyClientSettings(params == null ? null : params.getSettings());
    validator.requestProject();
  }

  /**
   * Accepts {@code {"distlint": {...}}} or the {@code distlint} object itself. Unknown keys are
   * logged, never fatal.
   */
  void applyClientSettings(Object raw) {
    if (raw == null) {
      return;
    }
    try {
      JsonElement json = raw instanceof JsonElement j ? j : new Gson().toJsonTree(raw);
      if (!json.isJsonObject()) {
        return;
      }
      JsonObject obj = json.getAsJsonObject();
      if (obj.has(SECTION) && obj.get(SECTION).isJsonObject()) {
        obj = obj.getAsJsonObject(SECTION);
      }
      Object plain = new Gson().fromJson(obj, Map.class);
      var settings = SettingsReader.fromClient(plain, BuiltinRules::isKnown);
      settings.problems().forEach(p -> Log.warn("settings: " + p.message()));
      state.setClientSettings(settings);
      state.setConfigured(configured(settings.configFile()));
      if (obj.has("docsBaseUrl") && obj.get("docsBaseUrl").isJsonPrimitive()) {
        DistlintServer.docsBase(obj.get("docsBaseUrl").getAsString());
      }
    } catch (RuntimeException e) {
      Log.warn("ignoring unreadable client settings: " + e.getMessage());
    }
  }

  /**
   * The settings of the file named by {@code distlint.configFile} (absolute, or relative to the
   * first workspace folder); null when none is named or it cannot be read (then each folder's
   * own {@code .distlint.yaml} applies, and the log says why).
   */
  private Settings configured(String configFile) {
    if (configFile == null || configFile.isBlank()) {
      return null;
    }
    List<Path> roots = state.roots();
    Path file = Path.of(configFile);
    if (!file.isAbsolute()) {
      if (roots.isEmpty()) {
        Log.warn("settings: configFile " + configFile + " is relative and there is no workspace folder");
        return null;
      }
      file = roots.get(0).resolve(file).normalize();
    }
    try {
      Settings s = dev.distlint.workspace.Project.readSettings(null, file);
      s.problems().forEach(p -> Log.warn("settings: " + p.message()));
      return s;
    } catch (java.io.IOException | RuntimeException e) {
      Log.warn("settings: cannot read configFile " + file + ": " + e.getMessage());
      return null;
    }
  }

  /**
   * Workspace folders added or removed: each folder is a root of its own projects, so the
   * files are read again and every project re-checked.
   */
  @Override
  public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
    if (params == null || params.getEvent() == null) {
      return;
    }
    List<Path> roots = new java.util.ArrayList<>(state.roots());
    WorkspaceFoldersChangeEvent ev = params.getEvent();
    if (ev.getRemoved() != null) {
      for (WorkspaceFolder f : ev.getRemoved()) {
        Path p = f == null ? null : Uris.toFsPath(f.getUri());
        if (p != null) {
          roots.remove(p);
        }
      }
    }
    if (ev.getAdded() != null) {
      for (WorkspaceFolder f : ev.getAdded()) {
        Path p = f == null ? null : Uris.toFsPath(f.getUri());
        if (p != null && !roots.contains(p)) {
          roots.add(p);
        }
      }
    }
    state.setRoots(roots);
    Log.info("workspace folders: " + roots);
    validator.submit(() -> {
      WorkspaceScanner.reloadProjectSettings(state);
      scanner.rescan();
      scanner.logProjects();
      validator.requestProject();
    });
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    if (params == null || params.getChanges() == null) {
      return;
    }
    validator.submit(() -> {
      for (FileEvent e : params.getChanges()) {
        Path p = e == null || e.getUri() == null ? null : Uris.toFsPath(e.getUri());
        if (p != null) {
          scanner.refresh(p);
        }
      }
      validator.requestProject();
    });
  }

  @Override
  public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>>
      symbol(WorkspaceSymbolParams params) {
    String query = params == null ? "" : params.getQuery();
    return CompletableFutures.computeAsync(requests, cancel -> Either.forRight(
        Symbols.workspace(state.snapshot(), query, state.encoding())));
  }

  @Override
  public CompletableFuture<WorkspaceDiagnosticReport> diagnostic(WorkspaceDiagnosticParams params) {
    return CompletableFutures.computeAsync(requests, cancel -> project.workspace(
        params == null ? null : params.getPreviousResultIds(), ProjectDiagnostics.flag(cancel)));
  }

  @Override
  public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
    if (params == null || !REVIEW.equals(params.getCommand())) {
      return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
          ResponseErrorCode.InvalidParams, "unknown command "
              + (params == null ? null : params.getCommand()), null)));
    }
    return CompletableFutures.computeAsync(requests,
        cancel -> (Object) dev.distlint.report.review.ProjectReviews.markdown(state.model(), linter.get()));
  }
}
