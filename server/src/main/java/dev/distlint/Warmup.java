package dev.distlint;

import dev.distlint.lsp.DistlintServer;
import dev.distlint.lsp.ServerLauncher;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * {@code distlint warmup [DIR]}: a check and an in-process language-server session over DIR, so a
 * JVM started with {@code -XX:ArchiveClassesAtExit} records the classes both paths load. Used by
 * {@code bin/build} and the launcher; without DIR it uses the few example files the jar
 * carries. Prints nothing of interest.
 */
public final class Warmup {
  private Warmup() {
  }

  public static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
    if (args.length > 1) {
      throw new dev.distlint.cli.Cli.UsageException("usage: distlint warmup [DIR]");
    }
    Path dir = args.length == 1 ? Path.of(args[0]) : builtIn();
    try {
      PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
      for (String fmt : List.of("text", "json", "sarif")) {
        dev.distlint.cli.CheckCommand.run(new String[] {dir.toString(), "--format", fmt}, sink, sink);
      }
      session(dir.toAbsolutePath().normalize());
    } finally {
      if (args.length == 0) {
        try (Stream<Path> s = Files.walk(dir)) {
          for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
    return 0;
  }

  /** The files of the example project the jar carries for warming up, in a temporary folder. */
  private static Path builtIn() throws IOException {
    Path dir = Files.createTempDirectory("distlint-warmup");
    for (String f : List.of("k8s/chat.yaml", "docker-compose.yml", "config/runtime.exs")) {
      try (java.io.InputStream in = Warmup.class.getClassLoader().getResourceAsStream("warmup/" + f)) {
        if (in != null) {
          Path target = dir.resolve(f);
          Files.createDirectories(target.getParent());
          Files.write(target, in.readAllBytes());
        }
      }
    }
    Files.writeString(dir.resolve(".distlint.yaml"), "rules: {}\n");
    return dir;
  }

  private static void session(Path root) throws IOException, InterruptedException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(ya?ml|exs|ex|toml)$|.*(vm\\.args|env\\.sh)(\\.eex)?$")).toList();
    }
    CountDownLatch published = new CountDownLatch(files.size());
    PipedOutputStream clientOut = new PipedOutputStream();
    PipedInputStream serverIn = new PipedInputStream(clientOut, 1 << 20);
    PipedOutputStream serverOut = new PipedOutputStream();
    PipedInputStream clientIn = new PipedInputStream(serverOut, 1 << 20);
    DistlintServer server = new DistlintServer(code -> { });
    ServerLauncher.start(server, serverIn, serverOut);
    var launcher = LSPLauncher.createClientLauncher(new QuietClient(published), clientIn, clientOut);
    launcher.startListening();
    var remote = launcher.getRemoteProxy();
    InitializeParams init = new InitializeParams();
    init.setRootUri(root.toUri().toString());
    try {
      remote.initialize(init).get(30, TimeUnit.SECONDS);
      remote.initialized(new InitializedParams());
      for (Path f : files) {
        String uri = f.toUri().toString();
        remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
            new TextDocumentItem(uri, "plaintext", 1, Files.readString(f))));
        var id = new TextDocumentIdentifier(uri);
        remote.getTextDocumentService().hover(new HoverParams(id, new Position(5, 4))).get(10, TimeUnit.SECONDS);
        remote.getTextDocumentService().completion(new CompletionParams(id, new Position(3, 0))).get(10, TimeUnit.SECONDS);
      }
      published.await(20, TimeUnit.SECONDS);
      remote.shutdown().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      // A warm-up that fails only yields a smaller archive.
    }
  }

  private record QuietClient(CountDownLatch published) implements LanguageClient {
    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
      published.countDown();
    }

    @Override
    public void showMessage(MessageParams messageParams) {
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams p) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
    }
  }
}
