package dev.distlint.lsp;

import dev.distlint.lsp.features.Diagnostics;
import dev.distlint.base.Finding;
import dev.distlint.base.Log;
import dev.distlint.documents.ParsedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
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
 * Runs analysis off the protocol thread. A request finds analysis idle and starts it at once, or
 * finds it busy and is debounced briefly and coalesced with the requests that follow; the
 * documents that changed are checked first, then the other open documents (whose cross-file
 * findings may depend on the change). A result is published only if its document has not changed
 * since the analysis started; otherwise it is dropped, since a newer run is already queued.
 */
final class Validator {
  static final long DEBOUNCE_MS = 8;
  /** How long analysis must have had nothing to do before the idle task runs. */
  static final long IDLE_MS = 300;

  private final ServerState state;
  private final ScheduledExecutorService exec = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "distlint-analysis");
    t.setDaemon(true);
    return t;
  });
  private final AtomicLong generation = new AtomicLong();
  private final ProjectDiagnostics project;
  private final Map<String, String> pushedUnopened = new HashMap<>();
  private volatile boolean clientPulls;
  private volatile boolean clientRefreshes;
  private boolean projectPending;
  private final Set<String> dirty = new LinkedHashSet<>();
  private volatile LanguageClient client;
  private ScheduledFuture<?> pending;
  /** True while a run analyses documents. */
  private volatile boolean running;
  private Runnable idleTask;
  private ScheduledFuture<?> idle;

  Validator(ServerState state, ProjectDiagnostics project) {
    this.state = state;
    this.project = project;
  }

  /**
   * How the client takes diagnostics: one that pulls gets none pushed (it would show them twice)
   * and is asked to pull again after a project-wide change, if it accepts that request.
   */
  void setClientMode(boolean pulls, boolean refreshes) {
    clientPulls = pulls;
    clientRefreshes = refreshes;
  }

  /**
   * Schedules a check of the open documents and then of the whole project: after the initial
   * scan, a save, a watched-file event or new settings, when findings of unopened files change.
   */
  synchronized void requestProject() {
    projectPending = true;
    request(null);
  }

  void connect(LanguageClient c) {
    client = c;
  }

  /**
   * Runs {@code task} once on the analysis thread, the first time analysis has been idle for
   * {@link #IDLE_MS} after files were checked: work that nothing waits for yet.
   */
  synchronized void onceIdle(Runnable task) {
    idleTask = task;
  }

  /**
   * After a run that followed a check of some file: schedules the idle task, which a new request
   * or run puts off again.
   */
  private synchronized void scheduleIdle() {
    if (idleTask == null || !project.checking()) {
      return;
    }
    if (idle != null) {
      idle.cancel(false);
    }
    try {
      idle = exec.schedule(this::runIdle, IDLE_MS, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // After shutdown: nothing runs any more.
    }
  }

  private void runIdle() {
    Runnable task;
    synchronized (this) {
      task = idleTask;
      idleTask = null;
      idle = null;
    }
    if (task != null) {
      try {
        task.run();
      } catch (RuntimeException | StackOverflowError e) {
        Log.error("background task failed", e);
      }
    }
  }

  /** Schedules a check of {@code uri} first and then every other open document. */
  synchronized void request(String uri) {
    generation.incrementAndGet();
    if (idle != null) {
      idle.cancel(false);
      idle = null;
    }
    if (uri != null) {
      dirty.add(uri);
    }
    // idle analysis starts at once; a change that comes while a run is queued or under way waits
    // a little, so changes in quick succession make one run
    boolean busy = running || pending != null && !pending.isDone();
    if (pending != null) {
      pending.cancel(false);
    }
    long delay = busy ? DEBOUNCE_MS : 0;
    try {
      pending = exec.schedule(this::run, delay, TimeUnit.MILLISECONDS);
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
    running = true;
    boolean finished;
    try {
      finished = analyse();
    } finally {
      running = false;
    }
    if (finished) {
      scheduleIdle();
    }
  }

  /** Analyses the open documents; false when a newer request made the rest of the run moot. */
  private boolean analyse() {
    dev.distlint.base.Timings.mark("analysis starts");
    long gen = generation.get();
    List<String> first;
    boolean wholeProject;
    synchronized (this) {
      first = new ArrayList<>(dirty);
      dirty.clear();
      wholeProject = projectPending;
      projectPending = false;
    }
    try {
      List<ServerState.OpenDoc> docs = new ArrayList<>(state.openDocs());
      docs.sort((a, b) -> Boolean.compare(!first.contains(a.uri()), !first.contains(b.uri())));
      for (ServerState.OpenDoc d : docs) {
        if (generation.get() != gen && !first.contains(d.uri())) {
          if (wholeProject) {
            synchronized (this) {
              projectPending = true;
            }
          }
          return false;
        }
        ProjectDiagnostics.Result r = project.result(d.path(), () -> isStale(d));
        List<Finding> found = r == null ? List.of() : r.findings();
        publish(d, found, first.contains(d.uri()));
      }
      if (wholeProject && !projectChanged(gen)) {
        // a newer request came: its documents first, then the push starts over
        synchronized (this) {
          projectPending = true;
        }
        return false;
      }
    } catch (RuntimeException | StackOverflowError e) {
      Log.error("analysis failed", e);
    }
    return true;
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
    if (clientPulls || !changed && previous.equals(found)) {
      return;
    }
    var diags = Diagnostics.toLsp(found, d.parsed().lines(), state.encoding(), state.snapshot());
    c.publishDiagnostics(new PublishDiagnosticsParams(d.uri(), diags, d.doc().version()));
    dev.distlint.base.Timings.mark("published");
  }

  /**
   * After a project-wide change: a client that pulls is asked to pull again; one that does not
   * gets the findings of the files it has not opened pushed, where they changed. False when a
   * newer request stopped the push part-way (an edit must not wait for the findings of thousands
   * of files); the files pushed so far are remembered, the others wait for the next run.
   */
  private boolean projectChanged(long gen) {
    LanguageClient c = client;
    if (c == null) {
      return true;
    }
    if (clientPulls) {
      if (clientRefreshes) {
        c.refreshDiagnostics();
      }
      return true;
    }
    Set<String> open = new HashSet<>();
    state.openDocs().forEach(d -> open.add(d.path()));
    Set<String> seen = new HashSet<>();
    for (ParsedFile f : state.snapshot().files()) {
      if (generation.get() != gen) {
        return false;
      }
      if (open.contains(f.path())) {
        pushedUnopened.remove(f.path());
        continue;
      }
      seen.add(f.path());
      ProjectDiagnostics.Result r = project.result(f.path(), () -> false);
      String before = pushedUnopened.get(f.path());
      if (r == null || r.resultId().equals(before) || before == null && r.findings().isEmpty()) {
        continue;
      }
      pushedUnopened.put(f.path(), r.resultId());
      c.publishDiagnostics(new PublishDiagnosticsParams(state.uriOf(f.path()),
          project.diagnostics(r)));
    }
    for (String gone : new ArrayList<>(pushedUnopened.keySet())) {
      if (!seen.contains(gone)) {
        pushedUnopened.remove(gone);
        if (!open.contains(gone)) {
          c.publishDiagnostics(new PublishDiagnosticsParams(state.uriOf(gone), List.of()));
        }
      }
    }
    return true;
  }

  /** Clears a closed document's diagnostics. */
  void clear(String uri) {
    LanguageClient c = client;
    if (c != null && !clientPulls) {
      c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
    }
  }
}
