package dev.distlint.lsp;

import dev.distlint.base.Log;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Turns what a request handler threw into the JSON-RPC error the client gets. A method the server
 * does not implement answers {@code MethodNotFound}; parameters the handler cannot use answer
 * {@code InvalidParams}. Both are the client's doing, so they are logged as one line without a
 * stack trace; anything else is a server fault and keeps its trace in the log.
 */
final class ProtocolErrors {
  /** Held so the configuration of the JSON-RPC library's logger is not collected. */
  private static final Logger JSONRPC = Logger.getLogger("org.eclipse.lsp4j.jsonrpc");

  private ProtocolErrors() {
  }

  /**
   * Routes what the JSON-RPC library logs (a message that is not JSON, a method it does not
   * know) to the server's log as one line, without the stack trace it would print for the
   * client's mistake.
   */
  static synchronized void quietLibraryLog() {
    if (!JSONRPC.getUseParentHandlers()) {
      return;
    }
    JSONRPC.setUseParentHandlers(false);
    JSONRPC.addHandler(new Handler() {
      @Override
      public void publish(LogRecord r) {
        Throwable t = r.getThrown();
        Log.warn("protocol: " + r.getMessage() + (t == null || t.getMessage() == null
            || t.getMessage().equals(r.getMessage()) ? "" : ": " + t.getMessage()));
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    });
  }

  static ResponseError toResponse(Throwable thrown) {
    Throwable t = unwrap(thrown);
    if (t instanceof ResponseErrorException re) {
      return re.getResponseError();
    }
    if (t instanceof UnsupportedOperationException) {
      return new ResponseError(ResponseErrorCode.MethodNotFound,
          "distlint does not implement this method", null);
    }
    if (t instanceof NullPointerException || t instanceof IllegalArgumentException
        || t instanceof ClassCastException || t instanceof IndexOutOfBoundsException) {
      Log.warn("request with unusable parameters: " + t);
      return new ResponseError(ResponseErrorCode.InvalidParams,
          "parameters missing or of the wrong type", null);
    }
    Log.error("request failed", t);
    return new ResponseError(ResponseErrorCode.InternalError, "internal error: " + t, null);
  }

  private static Throwable unwrap(Throwable t) {
    Throwable cur = t;
    while ((cur instanceof CompletionException || cur instanceof ExecutionException)
        && cur.getCause() != null) {
      cur = cur.getCause();
    }
    return cur;
  }
}
