package dev.distlint.lsp;

import dev.distlint.base.Log;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
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
    dev.distlint.base.Timings.mark("lsp main");
    METHODS.start();
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

  /**
   * The JSON-RPC methods of the server and of the client, which the launcher finds by reflection
   * over every method of both interfaces: the largest step of start-up, so it runs on a thread of
   * its own while the server is made. The launcher waits for it before it reads any message.
   */
  private static final FutureTask<Map<String, JsonRpcMethod>> SUPPORTED = new FutureTask<>(() -> {
    // the library's log set up too (its first use is slow), before any message can be read
    ProtocolErrors.quietLibraryLog();
    Map<String, JsonRpcMethod> m = new LinkedHashMap<>(
        ServiceEndpoints.getSupportedMethods(LanguageClient.class));
    m.putAll(ServiceEndpoints.getSupportedMethods(DistlintServer.class));
    return m;
  });
  private static final Thread METHODS = daemon(new Thread(SUPPORTED, "distlint-methods"));

  private static Thread daemon(Thread t) {
    t.setDaemon(true);
    return t;
  }

  /** The launcher's builder, with the methods gathered beforehand when they were. */
  private static final class Builder extends LSPLauncher.Builder<LanguageClient> {
    @Override
    protected Map<String, JsonRpcMethod> getSupportedMethods() {
      if (METHODS.getState() != Thread.State.NEW
          && localServices.size() == 1 && localServices.iterator().next() instanceof DistlintServer) {
        try {
          return new LinkedHashMap<>(SUPPORTED.get());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
          Log.warn("gathering the protocol methods failed: " + e.getCause());
        }
      }
      return super.getSupportedMethods();
    }
  }

  /** Connects a server to streams and starts reading; used by tests with piped streams. */
  public static Future<Void> start(DistlintServer server, InputStream in, OutputStream out) {
    if (METHODS.getState() == Thread.State.NEW) {
      ProtocolErrors.quietLibraryLog();
    }
    ExecutorService threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "distlint-jsonrpc");
      t.setDaemon(true);
      return t;
    });
    Launcher<LanguageClient> launcher = new Builder()
        .setLocalService(server)
        .setRemoteInterface(LanguageClient.class)
        .setInput(new ProtocolInput(in))
        .setOutput(out)
        .setExecutorService(threads)
        .wrapMessages(new Lifecycle())
        .setExceptionHandler(ProtocolErrors::toResponse)
        .create();
    dev.distlint.base.Timings.mark("launcher built");
    server.connect(launcher.getRemoteProxy());
    return launcher.startListening();
  }
}
