package dev.distlint.lsp;

import dev.distlint.lsp.features.Diagnostics;
import dev.distlint.base.Finding;
import dev.distlint.lint.Linter;
import dev.distlint.base.Log;
import dev.distlint.settings.Settings;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Runs analysis off the protocol thread. Requests are debounced briefly and coalesced; the
 * documents that changed are checked first, then the other open documents (whose cross-file
 * findings may depend on the change). A result is published only if its document has not changed
 * since the analysis started; otherwise it is dropped, since a newer run is already queued.
 */
final class Validator {
  static final long DEBOUNCE_MS = 8;

  private final ServerState state;
  private final Linter linter;
  private final BaselineFilter baseline;
  private final ScheduledExecutorService exec = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "distlint-analysis");
    t.setDaemon(true);
    return t;
  });
  private final AtomicLong generation = new AtomicLong();
  private final Set<String> dirty = new LinkedHashSet<>();
  /**
   * Each open document's last check. After an edit elsewhere, a rule whose facts kept their
   * values keeps its findings, and only the rules that read a changed fact run again.
   */
  private final Map<String, Linter.Previous> previous = new ConcurrentHashMap<>();
  private volatile LanguageClient client;
  private ScheduledFuture<?> pending;

  Validator(ServerState state, Linter linter) {
    this.state = state;
    this.linter = linter;
    this.baseline = new BaselineFilter(state);
  }

  void connect(LanguageClient c) {
    client = c;
  }

  /** Schedules a check of {@code uri} first and then every other open document. */
  synchronized void request(String uri) {
    generation.incrementAndGet();
    if (uri != null) {
      dirty.add(uri);
    }
    if (pending != null) {
      pending.cancel(false);
    }
    try {
      pending = exec.schedule(this::run, DEBOUNCE_MS, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // After shutdown: nothing is analysed any more.
    }
  }

  /** Runs a task on the analysis thread, after any queued analysis. */
  void submit(Runnable task) {
    try {
      exec.execute(() -> {
        try {
          task.run();
        } catch (RuntimeException | StackOverflowError e) {
          Log.error("background task failed", e);
        }
      });
    } catch (RejectedExecutionException e) {
      // After shutdown: nothing is analysed any more.
    }
  }

  void shutdown() {
    exec.shutdownNow();
  }

  private void run() {
    long gen = generation.get();
    List<String> first;
    synchronized (this) {
      first = new ArrayList<>(dirty);
      dirty.clear();
    }
    try {
      Workspace ws = state.snapshot();
      Settings settings = state.settings();
      List<ServerState.OpenDoc> docs = new ArrayList<>(state.openDocs());
      docs.sort((a, b) -> Boolean.compare(!first.contains(a.uri()), !first.contains(b.uri())));
      for (ServerState.OpenDoc d : docs) {
        if (generation.get() != gen && !first.contains(d.uri())) {
          return;
        }
        Linter.Result result = linter.recheck(ws, d.parsed(), settings, () -> isStale(d),
            previous.get(d.uri()));
        if (!isStale(d)) {
          previous.put(d.uri(), new Linter.Previous(ws, d.parsed(), settings, result));
        }
        publish(d, baseline.apply(d.parsed().text(), result.findings(), settings),
            first.contains(d.uri()));
      }
    } catch (RuntimeException | StackOverflowError e) {
      Log.error("analysis failed", e);
    }
  }

  private boolean isStale(ServerState.OpenDoc d) {
    ServerState.OpenDoc now = state.get(d.uri());
    return now == null || now.doc().version() != d.doc().version();
  }

  private void publish(ServerState.OpenDoc d, List<Finding> found, boolean changed) {
    LanguageClient c = client;
    if (c == null || isStale(d)) {
      return;
    }
    List<Finding> previous = state.findings(d.uri());
    state.setFindings(d.uri(), found);
    if (!changed && previous.equals(found)) {
      return;
    }
    var diags = Diagnostics.toLsp(found, d.parsed().lines(), state.encoding(), state.snapshot());
    c.publishDiagnostics(new PublishDiagnosticsParams(d.uri(), diags, d.doc().version()));
  }

  /** Clears a closed document's diagnostics. */
  void clear(String uri) {
    previous.remove(uri);
    LanguageClient c = client;
    if (c != null) {
      c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
    }
  }
}
