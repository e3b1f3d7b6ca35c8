package dev.distlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.syntax.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.LanguageClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 10,000 open/change/close cycles over many files, in process: afterwards the server holds
 * nothing for closed documents, the YAML chunk cache stays within its bound, and the heap is back
 * at its baseline (caches emptied on both sides of the comparison, so that what remains is a leak).
 */
@Timeout(300)
class SoakTest {
  static final int CYCLES = 10_000;
  static final int CHECKPOINT = 2_500;
  /** Allowed growth of the retained heap: noise from class loading and JIT, not a leak's slope. */
  static final long SLACK_BYTES = 24L * 1024 * 1024;

  private final AtomicInteger published = new AtomicInteger();

  @Test
  void openChangeCloseCyclesLeaveNothingBehind() throws Exception {
    DistlintServer server = new DistlintServer(code -> { });
    server.connect(new Client());
    InitializeParams init = new InitializeParams();
    init.setCapabilities(new org.eclipse.lsp4j.ClientCapabilities());
    server.initialize(init).get(10, TimeUnit.SECONDS);
    List<String[]> files = files();
    var docs = server.getTextDocumentService();

    cycles(server, docs, files, 0, 500);
    settle(server);
    long baseline = retainedHeap();

    // The retained heap at checkpoints: it must level off, not only end below a bound.
    List<Long> plateau = new ArrayList<>();
    for (int from = 500; from < CYCLES; from += CHECKPOINT) {
      cycles(server, docs, files, from, Math.min(CYCLES, from + CHECKPOINT));
      settle(server);
      assertTrue(YamlParser.cachedWeight() <= 48L * 1024 * 1024,
          () -> "YAML cache weighs " + YamlParser.cachedWeight() + " bytes");
      plateau.add(retainedHeap());
    }
    assertTrue(YamlParser.cachedChars() <= 8L * 1024 * 1024,
        () -> "YAML cache holds " + YamlParser.cachedChars() + " chars");
    assertEquals(Map.of("open", 0, "disk", 0, "findings", 0), server.state().sizes());
    long after = plateau.get(plateau.size() - 1);
    System.out.println("soak: retained heap " + baseline / 1024 + " KiB after warm-up, then "
        + plateau.stream().map(b -> b / 1024 + " KiB").toList() + " every " + CHECKPOINT
        + " cycles up to " + CYCLES + "; " + published.get() + " publishes");
    long lastStep = after - plateau.get(plateau.size() - 2);
    assertTrue(lastStep <= SLACK_BYTES / 4, () -> "retained heap still growing: "
        + plateau.stream().map(b -> b / 1024 + " KiB").toList());
    assertTrue(after <= baseline + SLACK_BYTES, () -> "retained heap grew from "
        + baseline / 1024 + " KiB to " + after / 1024 + " KiB after " + CYCLES + " cycles");
    assertTrue(published.get() > 100, "analysis ran during the soak");
    server.shutdown().get(10, TimeUnit.SECONDS);
  }

  /** Each cycle opens a file under a fresh-looking name, edits it twice and closes it. */
  private void cycles(DistlintServer server, org.eclipse.lsp4j.services.TextDocumentService docs,
      List<String[]> files, int from, int to) throws InterruptedException {
    List<String> open = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String[] f = files.get(i % files.size());
      String uri = "file:///soak/" + (i % 97) + "/" + f[0];
      docs.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", 1, f[1])));
      docs.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
          List.of(new TextDocumentContentChangeEvent(new Range(new Position(0, 0),
              new Position(0, 0)), "# edit " + i + "\n"))));
      docs.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 3),
          List.of(new TextDocumentContentChangeEvent(f[1] + "\n# cycle " + i + "\n"))));
      open.add(uri);
      // A few documents stay open across cycles, as in an editor; the oldest are closed.
      while (open.size() > 8) {
        docs.didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(open.remove(0))));
      }
      if (i % 250 == 0) {
        settle(server);
      }
    }
    for (String uri : open) {
      docs.didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }
  }

  /** Waits until analysis has caught up (no diagnostics published for a while). */
  private void settle(DistlintServer server) throws InterruptedException {
    int last = -1;
    while (published.get() != last) {
      last = published.get();
      Thread.sleep(150);
    }
  }

  private static long retainedHeap() throws InterruptedException {
    YamlParser.clearCache();
    Runtime rt = Runtime.getRuntime();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
      best = Math.min(best, rt.totalMemory() - rt.freeMemory());
    }
    return best;
  }

  /** Every file of the test workspace and the fixtures: name and text. */
  private static List<String[]> files() throws IOException {
    List<String[]> out = new ArrayList<>();
    for (Path root : List.of(Path.of("src/test/resources/robust/workspace"),
        Path.of("src/test/resources/fixtures"))) {
      try (Stream<Path> s = Files.walk(root)) {
        for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
          out.add(new String[] {root.relativize(p).toString().replace('\\', '/'),
              Files.readString(p, StandardCharsets.UTF_8)});
        }
      }
    }
    return out;
  }

  private final class Client implements LanguageClient {
    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams d) {
      published.incrementAndGet();
    }

    @Override
    public void showMessage(MessageParams m) {
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams r) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams m) {
    }
  }
}
