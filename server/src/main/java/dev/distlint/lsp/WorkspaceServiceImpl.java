package dev.distlint.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.distlint.base.Log;
import dev.distlint.rules.BuiltinRules;
import dev.distlint.settings.SettingsReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Settings from the client, watched-file events, and commands. */
final class WorkspaceServiceImpl implements WorkspaceService {
  static final String REVIEW = "distlint.review";
  static final List<String> COMMANDS = List.of(REVIEW);

  private final ServerState state;
  private final Validator validator;
  private final WorkspaceScanner scanner;
  private final dev.distlint.lint.Linter linter;

  WorkspaceServiceImpl(ServerState state, Validator validator, WorkspaceScanner scanner,
      dev.distlint.lint.Linter linter) {
    this.state = state;
    this.validator = validator;
    this.scanner = scanner;
    this.linter = linter;
  }

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    applyClientSettings(params.getSettings());
    validator.request(null);
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
      if (obj.has("distlint") && obj.get("distlint").isJsonObject()) {
        obj = obj.getAsJsonObject("distlint");
      }
      Object plain = new Gson().fromJson(obj, Map.class);
      var settings = SettingsReader.fromClient(plain, BuiltinRules::isKnown);
      settings.problems().forEach(p -> Log.warn("settings: " + p.message()));
      state.setClientSettings(settings);
      if (obj.has("docsBaseUrl") && obj.get("docsBaseUrl").isJsonPrimitive()) {
        DistlintServer.docsBase(obj.get("docsBaseUrl").getAsString());
      }
    } catch (RuntimeException e) {
      Log.error("ignoring unreadable client settings", e);
    }
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    validator.submit(() -> {
      for (FileEvent e : params.getChanges()) {
        Path p = Uris.toFsPath(e.getUri());
        if (p != null) {
          scanner.refresh(p);
        }
      }
      validator.request(null);
    });
  }

  @Override
  public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
    if (!REVIEW.equals(params.getCommand())) {
      return CompletableFuture.failedFuture(new org.eclipse.lsp4j.jsonrpc.ResponseErrorException(
          new org.eclipse.lsp4j.jsonrpc.messages.ResponseError(
              org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode.InvalidParams,
              "unknown command " + params.getCommand(), null)));
    }
    return org.eclipse.lsp4j.jsonrpc.CompletableFutures.computeAsync(cancel -> {
      var ws = state.snapshot();
      var review = dev.distlint.report.review.Review.of(ws, linter, state.settings());
      return (Object) dev.distlint.report.review.ReviewMarkdown.render(review, path -> {
        var f = ws.file(path);
        return f == null ? null : f.lines();
      });
    });
  }
}
