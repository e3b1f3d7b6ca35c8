package dev.distlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A real LSP4J client that misbehaves: positions past the end or negative, changes outside the
 * text or with versions out of order, requests cancelled at every stage, bursts of edits while
 * analysis runs, shutdown with work in flight. After each, the server still answers.
 */
@Timeout(120)
class LspMisuseTest {
  static final String URI = LspSmokeTest.URI;
  static final String MANIFEST = LspSmokeTest.MANIFEST;
  static final Position ON_CONTAINER = new Position(12, 16);

  private static Hover hover(LspHarness h, String uri, Position p) throws Exception {
    return h.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
        p)).get(20, TimeUnit.SECONDS);
  }

  private static void change(LspHarness h, int version, Range r, String text) {
    TextDocumentContentChangeEvent ch = r == null ? new TextDocumentContentChangeEvent(text)
        : new TextDocumentContentChangeEvent(r, text);
    h.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(URI, version), List.of(ch)));
  }

  /** Diagnostics for a version, skipping those of earlier versions still on their way. */
  private static PublishDiagnosticsParams diagnosticsOf(LspHarness h, int version)
      throws InterruptedException {
    while (true) {
      PublishDiagnosticsParams p = h.nextDiagnostics(URI);
      if (p.getVersion() != null && p.getVersion() == version) {
        return p;
      }
    }
  }

  /** The manifest's one finding is published and its hover answers: the server is fine. */
  private static void assertServes(LspHarness h, int version) throws Exception {
    change(h, version, null, MANIFEST);
    assertEquals(1, diagnosticsOf(h, version).getDiagnostics().size());
    Hover hv = hover(h, URI, ON_CONTAINER);
    assertNotNull(hv);
    assertTrue(hv.getContents().getRight().getValue().contains("k8s-readiness-probe-missing"));
    assertFalse(h.exitCode.isDone());
    assertTrue(h.logs.stream().noneMatch(l -> l.contains("failed")), () -> "logs: " + h.logs);
  }

  private static LspHarness opened() throws Exception {
    LspHarness h = new LspHarness();
    h.initialize(null);
    h.open(URI, "yaml", MANIFEST);
    assertEquals(1, h.nextDiagnostics(URI).getDiagnostics().size());
    return h;
  }

  @Test
  void positionsPastTheEndOrNegative() throws Exception {
    try (LspHarness h = opened()) {
      var docs = h.server.getTextDocumentService();
      int[] values = {-1, 0, 1, 16, 17, 1000, Integer.MAX_VALUE, Integer.MIN_VALUE};
      for (int line : values) {
        for (int ch : values) {
          Position p = new Position(line, ch);
          hover(h, URI, p);
          assertNotNull(docs.completion(new CompletionParams(new TextDocumentIdentifier(URI), p))
              .get(20, TimeUnit.SECONDS), () -> "completion at " + p + ": " + h.logs);
          assertNotNull(docs.codeAction(new CodeActionParams(new TextDocumentIdentifier(URI),
              new Range(p, new Position(-line, ch)), new CodeActionContext(List.of())))
              .get(20, TimeUnit.SECONDS), () -> "code actions at " + p + ": " + h.logs);
        }
      }
      assertNull(hover(h, "file:///never/opened.yaml", ON_CONTAINER));
      assertNull(hover(h, "untitled:Untitled-1", ON_CONTAINER));
      assertServes(h, 2);
    }
  }

  @Test
  void changesOutsideTheTextAndVersionsOutOfOrder() throws Exception {
    try (LspHarness h = opened()) {
      change(h, 5, new Range(new Position(500, 0), new Position(900, 4)), "# appended\n");
      change(h, 3, new Range(new Position(-7, -2), new Position(0, 0)), "# prepended\n");
      change(h, 4, new Range(new Position(8, 40), new Position(2, 1)), "");
      change(h, 4, new Range(new Position(0, Integer.MAX_VALUE),
          new Position(1, Integer.MAX_VALUE)), "");
      change(h, 4, new Range(new Position(Integer.MAX_VALUE, Integer.MAX_VALUE),
          new Position(Integer.MIN_VALUE, Integer.MIN_VALUE)), "\uD83D");
      h.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
          new VersionedTextDocumentIdentifier("file:///not/open.yaml", 2),
          List.of(new TextDocumentContentChangeEvent("x: 1"))));
      h.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(
          new TextDocumentIdentifier("file:///not/open.yaml")));
      assertServes(h, 6);
    }
  }

  @Test
  void requestsCancelledAtEveryStage() throws Exception {
    try (LspHarness h = opened()) {
      var docs = h.server.getTextDocumentService();
      for (int delayMicros : new int[] {0, 0, 10, 50, 100, 500, 1000, 5000, 20000}) {
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
          inFlight.add(docs.hover(new HoverParams(new TextDocumentIdentifier(URI), ON_CONTAINER)));
          inFlight.add(docs.completion(new CompletionParams(new TextDocumentIdentifier(URI),
              new Position(16, 0))));
          inFlight.add(docs.codeAction(new CodeActionParams(new TextDocumentIdentifier(URI),
              new Range(new Position(0, 0), new Position(17, 0)),
              new CodeActionContext(List.of()))));
        }
        TimeUnit.MICROSECONDS.sleep(delayMicros);
        inFlight.forEach(f -> f.cancel(true));
        for (CompletableFuture<?> f : inFlight) {
          try {
            f.get(20, TimeUnit.SECONDS);
          } catch (CancellationException | ExecutionException e) {
            // Cancelled before or after it ran: both are fine.
          }
        }
      }
      // Cancelling a request that already answered, and one that never existed.
      CompletableFuture<Hover> done = docs.hover(new HoverParams(new TextDocumentIdentifier(URI),
          ON_CONTAINER));
      done.get(20, TimeUnit.SECONDS);
      done.cancel(true);
      assertServes(h, 2);
    }
  }

  @Test
  void burstsOfChangesWhileAnalysisRuns() throws Exception {
    try (LspHarness h = opened()) {
      String padding = "# filler line to make analysis take a moment\n".repeat(2_000);
      int version = 1;
      for (int i = 0; i < 300; i++) {
        change(h, ++version, null, (i % 2 == 0 ? padding : "") + MANIFEST
            + "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c" + i + "}\n");
        if (i % 50 == 0) {
          hover(h, URI, new Position(i, 3));
        }
      }
      // Only the last version's diagnostics may be published last.
      PublishDiagnosticsParams last = diagnosticsOf(h, version);
      assertEquals(1, last.getDiagnostics().size());
      PublishDiagnosticsParams later = h.queue(URI).poll(300, TimeUnit.MILLISECONDS);
      assertTrue(later == null || later.getVersion() == version, () -> "stale: " + later);
      assertServes(h, version + 1);
    }
  }

  @Test
  void shutdownWithWorkInFlight() throws Exception {
    LspHarness h = opened();
    var docs = h.server.getTextDocumentService();
    String big = MANIFEST + ("---\n" + MANIFEST).repeat(500);
    List<CompletableFuture<?>> inFlight = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      change(h, i + 2, null, big + "# " + i + "\n");
      inFlight.add(docs.hover(new HoverParams(new TextDocumentIdentifier(URI), ON_CONTAINER)));
      inFlight.add(docs.completion(new CompletionParams(new TextDocumentIdentifier(URI),
          new Position(i, 0))));
    }
    assertNull(h.server.shutdown().get(20, TimeUnit.SECONDS));
    for (CompletableFuture<?> f : inFlight) {
      try {
        f.get(20, TimeUnit.SECONDS);
      } catch (ExecutionException | CancellationException e) {
        // An error answer after shutdown is allowed; no answer at all is not.
      }
    }
    h.server.exit();
    assertEquals(0, h.exitCode.get(20, TimeUnit.SECONDS));
  }
}
