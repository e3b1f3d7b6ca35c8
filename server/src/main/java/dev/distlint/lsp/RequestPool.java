package dev.distlint.lsp;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The threads requests compute on: a small fixed pool of daemon threads that live as long as the
 * server, so answers are written by threads that stay alive (piped streams in tests fail once
 * the thread that last wrote has ended) and a burst of requests cannot starve analysis.
 */
final class RequestPool {
  private RequestPool() {
  }

  static ExecutorService create(String name) {
    return Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }
}
