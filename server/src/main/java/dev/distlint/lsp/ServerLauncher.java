package dev.distlint.lsp;

import dev.distlint.base.Log;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    DistlintServer server = new DistlintServer(code -> {
      System.err.flush();
      System.exit(code);
    });
    Future<Void> listening = start(server, in, out);
    try {
      listening.get();
    } catch (Exception e) {
      Log.error("protocol stream ended", e);
    }
    server.exitNow();
  }

  /** Connects a server to streams and starts reading; used by tests with piped streams. */
  public static Future<Void> start(DistlintServer server, InputStream in, OutputStream out) {
    ProtocolErrors.quietLibraryLog();
    ExecutorService threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "distlint-jsonrpc");
      t.setDaemon(true);
      return t;
    });
    Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>()
        .setLocalService(server)
        .setRemoteInterface(LanguageClient.class)
        .setInput(new ProtocolInput(in))
        .setOutput(out)
        .setExecutorService(threads)
        .wrapMessages(new Lifecycle())
        .setExceptionHandler(ProtocolErrors::toResponse)
        .create();
    dev.distlint.base.Timings.mark("protocol launcher built");
    server.connect(launcher.getRemoteProxy());
    return launcher.startListening();
  }
}
