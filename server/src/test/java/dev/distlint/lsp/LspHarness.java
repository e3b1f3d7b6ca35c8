package dev.distlint.lsp;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A real LSP4J client connected to a {@link DistlintServer} over piped streams: the same JSON-RPC
 * path an editor uses, without a process. Exit codes are recorded instead of halting.
 */
final class LspHarness implements AutoCloseable {
  final LanguageServer server;
  final DistlintServer impl;
  final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
  final Map<String, BlockingQueue<PublishDiagnosticsParams>> diagnostics = new ConcurrentHashMap<>();
  final BlockingQueue<String> logs = new LinkedBlockingQueue<>();
  /** What the client answers to {@code workspace/configuration}, one value per item. */
  volatile Object settings;
  final BlockingQueue<ConfigurationParams> configurationRequests = new LinkedBlockingQueue<>();
  final BlockingQueue<RegistrationParams> registrations = new LinkedBlockingQueue<>();
  final BlockingQueue<String> refreshes = new LinkedBlockingQueue<>();

  LspHarness() {
    try {
      PipedOutputStream clientOut = new PipedOutputStream();
      PipedInputStream serverIn = new PipedInputStream(clientOut, 1 << 20);
      PipedOutputStream serverOut = new PipedOutputStream();
      PipedInputStream clientIn = new PipedInputStream(serverOut, 1 << 20);
      impl = new DistlintServer(exitCode::complete);
      ServerLauncher.start(impl, serverIn, serverOut);
      var launcher = LSPLauncher.createClientLauncher(new Client(), clientIn, clientOut);
      launcher.startListening();
      server = launcher.getRemoteProxy();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  InitializeResult initialize(List<String> encodings) throws Exception {
    InitializeParams p = new InitializeParams();
    ClientCapabilities caps = new ClientCapabilities();
    GeneralClientCapabilities general = new GeneralClientCapabilities();
    general.setPositionEncodings(encodings);
    caps.setGeneral(general);
    p.setCapabilities(caps);
    return initializeWith(p);
  }

  InitializeResult initializeWith(InitializeParams p) throws Exception {
    InitializeResult r = server.initialize(p).get(10, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
    return r;
  }

  void open(String uri, String languageId, String text) {
    server.getTextDocumentService().didOpen(
        new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageId, 1, text)));
  }

  /** The first publication for {@code uri} that satisfies {@code p}; fails after a timeout. */
  PublishDiagnosticsParams await(String uri,
      java.util.function.Predicate<PublishDiagnosticsParams> p) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      PublishDiagnosticsParams next = queue(uri).poll(200, TimeUnit.MILLISECONDS);
      if (next != null && p.test(next)) {
        return next;
      }
    }
    throw new AssertionError("no matching diagnostics published for " + uri);
  }

  /** The next diagnostics published for {@code uri}; fails after a timeout. */
  PublishDiagnosticsParams nextDiagnostics(String uri) throws InterruptedException {
    PublishDiagnosticsParams p = queue(uri).poll(10, TimeUnit.SECONDS);
    if (p == null) {
      throw new AssertionError("no diagnostics published for " + uri);
    }
    return p;
  }

  BlockingQueue<PublishDiagnosticsParams> queue(String uri) {
    return diagnostics.computeIfAbsent(uri, k -> new LinkedBlockingQueue<>());
  }

  @Override
  public void close() {
    server.shutdown();
    server.exit();
  }

  final class Client implements LanguageClient {
    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams d) {
      queue(d.getUri()).add(d);
    }

    @Override
    public void showMessage(MessageParams m) {
      logs.add(m.getMessage());
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams r) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams m) {
      logs.add(m.getMessage());
    }

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams p) {
      configurationRequests.add(p);
      List<Object> out = new java.util.ArrayList<>();
      p.getItems().forEach(i -> out.add(settings));
      return CompletableFuture.completedFuture(out);
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams p) {
      registrations.add(p);
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> refreshDiagnostics() {
      refreshes.add("diagnostics");
      return CompletableFuture.completedFuture(null);
    }
  }
}
