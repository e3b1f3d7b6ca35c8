package dev.distlint.lsp;

import dev.distlint.base.Log;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Starts the language server on a pair of streams and exits the process when the client is
 * done: on {@code exit}, when the input closes, or shortly after {@code shutdown} if {@code exit}
 * never comes (some clients kill the server instead of sending it).
 */
public final class ServerLauncher {
  private ServerLauncher() {
  }

  public static void run(InputStream in, OutputStream out) {
    dev.distlint.base.Timings.mark("language server starts");
    // The rules load beside the answer to initialize; the rest of the server is made after it.
    // On two cores, loading the rules after the answer would bring the answer 50 ms earlier
    // and the first diagnostics as much later.
    DistlintServer.preload();
    DistlintServer[] server = new DistlintServer[1];
    try {
      listen(() -> server[0] = new DistlintServer(code -> {
        System.err.flush();
        System.exit(code);
      }), in, out).get();
    } catch (Exception e) {
      Log.error("protocol stream ended", e);
    }
    if (server[0] != null) {
      server[0].exitNow();
    } else {
      System.exit(1);
    }
  }

  /**
   * Connects a server to streams and reads them on a thread of its own; used by tests and the
   * training run with piped streams. The future ends when the input does.
   */
  public static Future<Void> start(DistlintServer server, InputStream in, OutputStream out) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        listen(() -> server, in, out).get();
        done.complete(null);
      } catch (Throwable e) {
        done.completeExceptionally(e);
      }
    }, "distlint-protocol");
    t.setDaemon(true);
    t.start();
    return done;
  }

  /**
   * Answers the first message when it is {@code initialize} (it waits for it), then builds the
   * JSON-RPC launcher and starts reading; returns the reader's future.
   */
  private static Future<Void> listen(Supplier<DistlintServer> make, InputStream in,
      OutputStream out) {
    ProtocolErrors.quietLibraryLog();
    ExecutorService threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "distlint-jsonrpc");
      t.setDaemon(true);
      return t;
    });
    ProtocolInput input = new ProtocolInput(in);
    Lifecycle lifecycle = new Lifecycle();
    try {
      String id = EarlyInitialize.answer(input, out);
      if (id != null) {
        lifecycle.answeredEarly(id);
        dev.distlint.base.Timings.mark("initialize answered early");
      }
    } catch (IOException e) {
      Log.warn("protocol: could not answer initialize early: " + e.getMessage());
    }
    DistlintServer server = make.get();
    Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>()
        .setLocalService(server)
        .setRemoteInterface(LanguageClient.class)
        .setInput(input)
        .setOutput(out)
        .setExecutorService(threads)
        .wrapMessages(lifecycle)
        .setExceptionHandler(ProtocolErrors::toResponse)
        .create();
    dev.distlint.base.Timings.mark("protocol launcher built");
    server.connect(launcher.getRemoteProxy());
    return launcher.startListening();
  }
}
