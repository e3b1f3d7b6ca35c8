package dev.distlint.lsp;

import com.google.gson.JsonPrimitive;
import dev.distlint.base.Log;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * The protocol's lifecycle and back-pressure, applied to raw messages before they reach the
 * server: requests before {@code initialize} get -32002, a second {@code initialize} and any
 * request after {@code shutdown} get InvalidRequest, notifications outside the running phase are
 * dropped ({@code exit} always passes). At most {@link #MAX_PENDING} requests wait for their
 * answers; beyond that the reader stops reading until answers have been written, so a client
 * that sends without reading cannot make the server grow.
 */
final class Lifecycle implements Function<MessageConsumer, MessageConsumer> {
  static final int MAX_PENDING = 256;

  private enum Phase { NEW, RUNNING, SHUT_DOWN }

  private final Semaphore pending = new Semaphore(MAX_PENDING);
  private volatile Phase phase = Phase.NEW;
  private volatile MessageConsumer out;
  /** The id of an initialize answered by {@link EarlyInitialize}, as JSON text; or null. */
  private volatile String earlyId;
  private boolean earlyReplayed;
  private boolean earlyAnswerDropped;

  /**
   * Records that the initialize request with this id was answered before the library started:
   * the server is running, the request is passed on once more when the library reads it, and
   * the server's own answer to it is dropped.
   */
  synchronized void answeredEarly(String id) {
    earlyId = id;
    phase = Phase.RUNNING;
  }

  @Override
  public MessageConsumer apply(MessageConsumer next) {
    if (next instanceof RemoteEndpoint) {
      return msg -> incoming(msg, next);
    }
    MessageConsumer wrapped = msg -> {
      if (msg instanceof ResponseMessage r && isEarlyAnswer(r)) {
        if (r.getError() != null) {
          Log.warn("initialize: " + r.getError().getMessage());
        }
        return;
      }
      try {
        next.consume(msg);
      } finally {
        if (msg instanceof ResponseMessage) {
          pending.release();
        }
      }
    };
    out = wrapped;
    return wrapped;
  }

  private void incoming(Message msg, MessageConsumer next) {
    if (msg instanceof RequestMessage r && isEarlyRequest(r)) {
      next.consume(msg);
      return;
    }
    if (msg instanceof RequestMessage r) {
      pending.acquireUninterruptibly();
      ResponseError refusal = admit(r.getMethod());
      if (refusal != null) {
        ResponseMessage answer = new ResponseMessage();
        answer.setRawId(r.getRawId());
        answer.setError(refusal);
        out.consume(answer);
        return;
      }
    } else if (msg instanceof NotificationMessage n && phase != Phase.RUNNING
        && !"exit".equals(n.getMethod())) {
      return;
    }
    next.consume(msg);
  }

  private synchronized boolean isEarlyRequest(RequestMessage r) {
    if (earlyId == null || earlyReplayed || !"initialize".equals(r.getMethod())
        || !sameId(r.getRawId())) {
      return false;
    }
    earlyReplayed = true;
    return true;
  }

  private synchronized boolean isEarlyAnswer(ResponseMessage r) {
    if (earlyId == null || earlyAnswerDropped || !sameId(r.getRawId())) {
      return false;
    }
    earlyAnswerDropped = true;
    return true;
  }

  /** True when the library's id (a string or a number) is the early request's. */
  private boolean sameId(Either<String, Number> raw) {
    String json = raw == null ? null
        : raw.isLeft() ? new JsonPrimitive(raw.getLeft()).toString()
        : raw.getRight() == null ? null : raw.getRight().toString();
    return earlyId.equals(json);
  }

  /** Moves the phase on for {@code method}; returns the error to answer with, or null. */
  private synchronized ResponseError admit(String method) {
    if ("initialize".equals(method)) {
      if (phase != Phase.NEW) {
        return error(ResponseErrorCode.InvalidRequest, "initialize was already received");
      }
      phase = Phase.RUNNING;
      return null;
    }
    if (phase == Phase.NEW) {
      return error(ResponseErrorCode.ServerNotInitialized, "the server is not initialized yet");
    }
    if (phase == Phase.SHUT_DOWN) {
      return error(ResponseErrorCode.InvalidRequest, "the server is shutting down");
    }
    if ("shutdown".equals(method)) {
      phase = Phase.SHUT_DOWN;
    }
    return null;
  }

  private static ResponseError error(ResponseErrorCode code, String message) {
    return new ResponseError(code, message, null);
  }
}
