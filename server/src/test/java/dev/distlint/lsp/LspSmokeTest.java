package dev.distlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** The server through a real LSP4J client: lifecycle, diagnostics, hover, completion, actions. */
class LspSmokeTest {
  static final String URI = "file:///work/demo/k8s/app.yaml";
  static final String MANIFEST = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: chat
      spec:
        selector:
          matchLabels: {app: chat}
        template:
          metadata:
            labels: {app: chat}
          spec:
            containers:
              - name: web
                image: ghcr.io/acme/chat:1
                env: [{name: RELEASE_DISTRIBUTION, value: name}]
                ports:
                  - containerPort: 4000
      """;

  @Test
  void diagnosticsHoverCompletionAndShutdown() throws Exception {
    try (LspHarness h = new LspHarness()) {
      var init = h.initialize(null);
      assertEquals("utf-16", init.getCapabilities().getPositionEncoding());
      h.open(URI, "yaml", MANIFEST);
      var published = h.nextDiagnostics(URI);
      assertEquals(1, published.getDiagnostics().size());
      Diagnostic d = published.getDiagnostics().get(0);
      assertEquals("k8s-readiness-probe-missing", d.getCode().getLeft());
      assertEquals("distlint", d.getSource());
      assertEquals(12, d.getRange().getStart().getLine());
      assertNotNull(d.getCodeDescription());

      var hover = h.server.getTextDocumentService().hover(new HoverParams(
          new TextDocumentIdentifier(URI), new Position(12, 16))).get(5, TimeUnit.SECONDS);
      assertTrue(hover.getContents().getRight().getValue().contains("k8s-readiness-probe-missing"));

      var actions = h.server.getTextDocumentService().codeAction(new CodeActionParams(
          new TextDocumentIdentifier(URI), d.getRange(), new CodeActionContext(List.of(d))))
          .get(5, TimeUnit.SECONDS);
      assertTrue(actions.stream().anyMatch(a -> a.getRight().getTitle().startsWith("Suppress")));

      var completion = h.server.getTextDocumentService().completion(new CompletionParams(
          new TextDocumentIdentifier(URI), new Position(17, 0))).get(5, TimeUnit.SECONDS);
      assertTrue(completion.getRight().getItems().stream()
          .anyMatch(i -> i.getLabel().equals("headless discovery Service")));

      // Add a readiness probe with an incremental edit: the finding goes away.
      var change = new TextDocumentContentChangeEvent(
          new Range(new Position(17, 0), new Position(17, 0)),
          "          readinessProbe:\n            httpGet: {path: /health/ready, port: 4000}\n");
      h.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
          new VersionedTextDocumentIdentifier(URI, 2), List.of(change)));
      var after = h.nextDiagnostics(URI);
      assertEquals(2, after.getVersion());
      assertEquals(List.of(), after.getDiagnostics());

      h.server.getTextDocumentService().didClose(
          new DidCloseTextDocumentParams(new TextDocumentIdentifier(URI)));
      assertEquals(List.of(), h.nextDiagnostics(URI).getDiagnostics());

      h.server.shutdown().get(5, TimeUnit.SECONDS);
      h.server.exit();
      assertEquals(0, h.exitCode.get(5, TimeUnit.SECONDS));
    }
  }

  @Test
  void utf8IsNegotiatedWhenOffered() throws Exception {
    try (LspHarness h = new LspHarness()) {
      var init = h.initialize(List.of("utf-8", "utf-16"));
      assertEquals("utf-8", init.getCapabilities().getPositionEncoding());
      String text = MANIFEST.replace("name: web", "name: \"w\u00e9b\uD83D\uDE00\"");
      h.open(URI, "yaml", text);
      Diagnostic d = h.nextDiagnostics(URI).getDiagnostics().get(0);
      // The range ends after the emoji: 'name: "wéb😀"' => quote(1)+w(1)+é(2)+b(1)+😀(4)+quote(1).
      assertEquals(d.getRange().getStart().getCharacter() + 10, d.getRange().getEnd().getCharacter());
    }
  }

  @Test
  void requestsForUnknownDocumentsAnswerNullAndTheServerKeepsServing() throws Exception {
    try (LspHarness h = new LspHarness()) {
      h.initialize(null);
      var hover = h.server.getTextDocumentService().hover(new HoverParams(
          new TextDocumentIdentifier("file:///nowhere.yaml"), new Position(99, 99)))
          .get(5, TimeUnit.SECONDS);
      assertNull(hover);
      h.open(URI, "yaml", MANIFEST);
      var hover2 = h.server.getTextDocumentService().hover(new HoverParams(
          new TextDocumentIdentifier(URI), new Position(-3, 1_000_000))).get(5, TimeUnit.SECONDS);
      assertNull(hover2);
      assertEquals(1, h.nextDiagnostics(URI).getDiagnostics().size());
    }
  }
}
