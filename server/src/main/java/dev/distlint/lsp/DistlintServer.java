package dev.distlint.lsp;

import dev.distlint.catalogue.RuleDocLinks;
import dev.distlint.lsp.features.Completions;
import dev.distlint.lint.Linter;
import dev.distlint.base.Futures;
import dev.distlint.base.Log;
import dev.distlint.knowledge.Grammars;
import dev.distlint.rules.BuiltinRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/** The language server: lifecycle, capabilities, and the two services. */
public final class DistlintServer implements LanguageServer, LanguageClientAware {
  /** How long to wait for {@code exit} after answering {@code shutdown}. */
  static final long EXIT_GRACE_MS = 2000;

  private final ServerState state = new ServerState();
  /**
   * The rules and their docs, loaded on a thread of their own from the moment the server is
   * made (or earlier, see {@link #preload}), so the initialize response does not wait for them;
   * the first analysis does.
   */
  private final Supplier<Linter> linter = takePreloaded();
  private static Supplier<Linter> preloaded;

  /**
   * Starts loading the rules for the next server made in this process, before the server
   * itself: the process's first step, on a core of its own where there is one.
   */
  static synchronized void preload() {
    if (preloaded == null) {
      preloaded = loadInBackground();
    }
  }

  private static synchronized Supplier<Linter> takePreloaded() {
    Supplier<Linter> l = preloaded;
    preloaded = null;
    return l != null ? l : loadInBackground();
  }
  private final ProjectDiagnostics project = new ProjectDiagnostics(state, linter);
  private final Validator validator = new Validator(state, project);
  private final WorkspaceScanner scanner = new WorkspaceScanner(state, validator);
  private final DocumentService documents = new DocumentService(state, validator, project);
  private final WorkspaceServiceImpl workspace =
      new WorkspaceServiceImpl(state, validator, scanner, linter, project);
  private final IntConsumer exiter;
  private volatile boolean shutdown;
  private volatile LanguageClient client;

  private static Supplier<Linter> loadInBackground() {
    FutureTask<Linter> task = new FutureTask<>(() -> new Linter(BuiltinRules.all()));
    Thread t = new Thread(task, "distlint-rules");
    t.setDaemon(true);
    t.start();
    return () -> {
      boolean interrupted = false;
      try {
        while (true) {
          try {
            return task.get();
          } catch (InterruptedException e) {
            interrupted = true;
          }
        }
      } catch (ExecutionException e) {
        throw Futures.rethrown(e);
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    };
  }

  public DistlintServer(IntConsumer exiter) {
    this.exiter = exiter;
  }

  @Override
  public void connect(LanguageClient c) {
    client = c;
    validator.connect(c);
    scanner.connect(c);
    documents.connect(c);
    workspace.connect(c);
    Log.setSink(line -> {
      LanguageClient lc = client;
      if (lc != null) {
        lc.logMessage(new MessageParams(MessageType.Log, line));
      } else {
        System.err.println(line);
      }
    });
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    dev.distlint.base.Timings.mark("initialize received");
    state.setEncoding(Capabilities.encoding(params));
    List<Path> roots = new ArrayList<>();
    if (params.getWorkspaceFolders() != null) {
      for (WorkspaceFolder f : params.getWorkspaceFolders()) {
        Path p = Uris.toFsPath(f.getUri());
        if (p != null) {
          roots.add(p);
        }
      }
    } else if (params.getRootUri() != null && Uris.toFsPath(params.getRootUri()) != null) {
      roots.add(Uris.toFsPath(params.getRootUri()));
    }
    state.setRoots(roots);
    scanner.setClientCapabilities(params.getCapabilities());
    workspace.setClientCapabilities(params.getCapabilities());
    validator.setClientMode(Capabilities.pullsDiagnostics(params.getCapabilities()),
        Capabilities.refreshesDiagnostics(params.getCapabilities()));
    documents.setSnippetSupport(Capabilities.snippets(params));
    workspace.applyClientSettings(params.getInitializationOptions());
    dev.distlint.base.Timings.mark("initialize answered");
    return CompletableFuture.completedFuture(Capabilities.result(state.encoding()));
  }

  @Override
  public void initialized(InitializedParams params) {
    workspace.pullSettings();
    scanner.startInitialScan();
    if (!Boolean.getBoolean("distlint.noWarmup")) {
      // Real analysis warms the JIT as well, and the warm-up would only compete with it.
      JitWarmup.start(linter,
          () -> shutdown || !state.openDocs().isEmpty() || project.checking());
    }
    // The rules need the grammars only for Elixir files, so loading the rules leaves them out;
    // hovers and completions need them in any file. They are read once analysis first falls
    // idle, so no check waits for them and the first hover usually does not either.
    validator.onceIdle(Grammars::load);
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdown = true;
    validator.shutdown();
    var timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "distlint-exit");
      t.setDaemon(true);
      return t;
    });
    timer.schedule(() -> exiter.accept(0), EXIT_GRACE_MS, TimeUnit.MILLISECONDS);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    exitNow();
  }

  void exitNow() {
    exiter.accept(shutdown ? 0 : 1);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspace;
  }

  /** Sets where codeDescription links point (a client setting). */
  static void docsBase(String url) {
    RuleDocLinks.setBase(url);
  }

  /** For tests: what the server currently knows. */
  ServerState state() {
    return state;
  }
}
