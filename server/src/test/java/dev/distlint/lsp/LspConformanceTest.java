package dev.distlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.distlint.documents.FilePatterns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCapabilities;
import org.eclipse.lsp4j.DiagnosticWorkspaceCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PreviousResultId;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Drives every capability the server announces on {@code examples/}, as a client that pulls
 * diagnostics and answers {@code workspace/configuration}, and asserts real results. The first
 * test fails when a capability is announced that no test here drives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class LspConformanceTest {
  /** Each announced capability, with the test below that drives it. */
  static final Set<String> DRIVEN = Set.of("textDocumentSync", "positionEncoding",
      "hoverProvider", "completionProvider", "definitionProvider", "referencesProvider",
      "documentHighlightProvider", "documentSymbolProvider", "workspaceSymbolProvider",
      "codeActionProvider", "codeLensProvider", "documentLinkProvider", "inlayHintProvider",
      "executeCommandProvider", "diagnosticProvider", "workspace", "experimental");

  static final Path ROOT = Path.of("../examples").toAbsolutePath().normalize();
  private LspHarness h;
  private InitializeResult init;

  @BeforeAll
  void start() throws Exception {
    h = new LspHarness();
    h.settings = Map.of("rules", Map.of("k8s-probe-self-only", "off"));
    InitializeParams p = new InitializeParams();
    p.setRootUri(ROOT.toUri().toString());
    ClientCapabilities caps = new ClientCapabilities();
    TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
    text.setDiagnostic(new DiagnosticCapabilities(false, true));
    caps.setTextDocument(text);
    WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
    ws.setConfiguration(true);
    ws.setDiagnostics(new DiagnosticWorkspaceCapabilities(true));
    ws.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
    caps.setWorkspace(ws);
    p.setCapabilities(caps);
    init = h.initializeWith(p);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (workspaceReport(List.of()).getItems().size() < 10 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }

  @AfterAll
  void stop() {
    h.close();
  }

  private TextDocumentService docs() {
    return h.server.getTextDocumentService();
  }

  private static String uri(String relative) {
    return ROOT.resolve(relative).toUri().toString();
  }

  private static String text(String relative) throws Exception {
    return Files.readString(ROOT.resolve(relative));
  }

  /** Opens an example file as it is on disk. */
  private String open(String relative) throws Exception {
    String text = text(relative);
    h.open(uri(relative), "plaintext", text);
    return text;
  }

  /** The position of {@code needle}'s first occurrence after {@code after}, plus a column shift. */
  private static Position at(String text, String after, String needle, int shift) {
    int off = text.indexOf(needle, text.indexOf(after)) + shift;
    int line = (int) text.substring(0, off).chars().filter(c -> c == '\n').count();
    return new Position(line, off - text.lastIndexOf('\n', off - 1) - 1);
  }

  private WorkspaceDiagnosticReport workspaceReport(List<PreviousResultId> previous)
      throws Exception {
    return h.server.getWorkspaceService().diagnostic(new WorkspaceDiagnosticParams(previous))
        .get(30, TimeUnit.SECONDS);
  }

  private DocumentDiagnosticReport documentReport(String relative, String previous)
      throws Exception {
    DocumentDiagnosticParams p = new DocumentDiagnosticParams(
        new TextDocumentIdentifier(uri(relative)));
    p.setPreviousResultId(previous);
    return docs().diagnostic(p).get(30, TimeUnit.SECONDS);
  }

  private static Set<String> codes(List<Diagnostic> diags) {
    Set<String> out = new TreeSet<>();
    diags.forEach(d -> out.add(d.getCode().getLeft()));
    return out;
  }

  @Test
  void everyAnnouncedCapabilityIsDriven() {
    JsonObject caps = new Gson().toJsonTree(init.getCapabilities()).getAsJsonObject();
    assertEquals(new TreeSet<>(DRIVEN), new TreeSet<>(caps.keySet()));
    assertEquals(FilePatterns.GLOBS, new Gson().toJsonTree(init.getCapabilities()
        .getExperimental()).getAsJsonObject().getAsJsonArray("filePatterns").asList().stream()
        .map(e -> e.getAsString()).toList());
  }

  @Test
  void settingsArePulledAndWatchersComeFromTheFilePatterns() throws Exception {
    var request = h.configurationRequests.poll(10, TimeUnit.SECONDS);
    assertNotNull(request);
    assertEquals("distlint", request.getItems().get(0).getSection());
    var reg = h.registrations.poll(10, TimeUnit.SECONDS);
    assertNotNull(reg);
    String json = new Gson().toJson(reg.getRegistrations().get(0).getRegisterOptions());
    FilePatterns.GLOBS.forEach(g -> assertTrue(json.contains(g), () -> g + " in " + json));
    assertFalse(codes(documentReport("k8s/chat.yaml", null).getLeft().getItems())
        .contains("k8s-probe-self-only"), "rule turned off by the pulled settings");
  }

  @Test
  void workspaceDiagnosticsListUnopenedFilesAndThenReportUnchanged() throws Exception {
    WorkspaceDiagnosticReport first = workspaceReport(List.of());
    List<String> found = new ArrayList<>();
    List<PreviousResultId> previous = new ArrayList<>();
    for (WorkspaceDocumentDiagnosticReport r : first.getItems()) {
      var full = r.getWorkspaceFullDocumentDiagnosticReport();
      assertNotNull(full);
      assertNotNull(full.getResultId());
      previous.add(new PreviousResultId(full.getUri(), full.getResultId()));
      for (Diagnostic d : full.getItems()) {
        found.add(ROOT.relativize(Path.of(java.net.URI.create(full.getUri()))) + ":"
            + (d.getRange().getStart().getLine() + 1) + " " + d.getCode().getLeft());
        assertNotNull(d.getCodeDescription(), "codeDescription of " + d.getCode());
        assertTrue(d.getCodeDescription().getHref().endsWith(d.getCode().getLeft() + ".md"));
        assertNotNull(d.getData());
      }
    }
    List<String> expected = new ArrayList<>();
    for (String line : Files.readAllLines(ROOT.resolve("EXPECTED"))) {
      if (!line.startsWith("#") && !line.isBlank() && !line.contains("k8s-probe-self-only")) {
        expected.add(line.replaceFirst("^examples/", ""));
      }
    }
    assertEquals(new TreeSet<>(expected), new TreeSet<>(found));
    WorkspaceDiagnosticReport second = workspaceReport(previous);
    assertEquals(first.getItems().size(), second.getItems().size());
    second.getItems().forEach(r -> assertNotNull(r.getWorkspaceUnchangedDocumentDiagnosticReport(),
        "unchanged"));
  }

  @Test
  void documentDiagnosticsOfAnUnopenedFileThenUnchanged() throws Exception {
    var full = documentReport("docker-compose.yml", null).getLeft();
    assertEquals(Set.of("dist-cookie-literal", "dist-cookie-mismatch",
        "dist-port-publicly-exposed"), codes(full.getItems()));
    var again = documentReport("docker-compose.yml", full.getResultId());
    assertEquals(full.getResultId(), again.getRight().getResultId());
  }

  @Test
  void definitionFromLibclusterServiceToTheService() throws Exception {
    String runtime = open("config/runtime.exs");
    String manifest = text("k8s/chat.yaml");
    var result = docs().definition(new DefinitionParams(new TextDocumentIdentifier(
        uri("config/runtime.exs")), at(runtime, "service:", "chat-nodes", 2)))
        .get(20, TimeUnit.SECONDS).getLeft();
    assertEquals(1, result.size());
    assertEquals(uri("k8s/chat.yaml"), result.get(0).getUri());
    assertEquals(at(manifest, "kind: Service", "chat-nodes", 0), result.get(0).getRange()
        .getStart());
  }

  @Test
  void everyCrossFileFindingLeadsToItsRelatedLocations() throws Exception {
    int checked = 0;
    for (WorkspaceDocumentDiagnosticReport r : workspaceReport(List.of()).getItems()) {
      var full = r.getWorkspaceFullDocumentDiagnosticReport();
      for (Diagnostic d : full.getItems()) {
        if (d.getRelatedInformation() == null) {
          continue;
        }
        String relative = ROOT.relativize(Path.of(java.net.URI.create(full.getUri()))).toString();
        open(relative);
        List<? extends Location> targets = docs().definition(new DefinitionParams(
            new TextDocumentIdentifier(uri(relative)), d.getRange().getStart()))
            .get(20, TimeUnit.SECONDS).getLeft();
        d.getRelatedInformation().forEach(ri -> assertTrue(targets.contains(ri.getLocation()),
            () -> d.getCode().getLeft() + ": " + ri.getLocation() + " not in " + targets));
        checked++;
      }
    }
    assertTrue(checked >= 3, "cross-file findings checked: " + checked);
  }

  @Test
  void referencesAndHighlightsOfTheStatefulSet() throws Exception {
    String manifest = open("k8s/chat.yaml");
    Position name = at(manifest, "kind: StatefulSet", "name: chat", 6);
    var refs = docs().references(new ReferenceParams(new TextDocumentIdentifier(
        uri("k8s/chat.yaml")), name, new ReferenceContext(true))).get(20, TimeUnit.SECONDS);
    Position selector = at(manifest, "kind: PodDisruptionBudget", "selector:", 0);
    assertTrue(refs.stream().anyMatch(l -> l.getRange().getStart().getLine()
        == selector.getLine()), () -> "PDB selector among " + refs);
    var highlights = docs().documentHighlight(new DocumentHighlightParams(
        new TextDocumentIdentifier(uri("k8s/chat.yaml")), name)).get(20, TimeUnit.SECONDS);
    assertTrue(highlights.size() >= 2, () -> "highlights: " + highlights);
    String runtime = text("config/runtime.exs");
    var serviceRefs = docs().references(new ReferenceParams(new TextDocumentIdentifier(
        uri("k8s/chat.yaml")), at(manifest, "kind: Service", "chat-nodes", 1),
        new ReferenceContext(false))).get(20, TimeUnit.SECONDS);
    assertEquals(List.of(new Location(uri("config/runtime.exs"), new Range(
        at(runtime, "service:", "\"chat-nodes\"", 0), at(runtime, "service:", "\"chat-nodes\"",
        12)))), serviceRefs);
  }

  @Test
  void outlinesOfEveryFileKind() throws Exception {
    assertTrue(symbolNames("k8s/chat.yaml").containsAll(List.of("Service chat-nodes",
        "StatefulSet chat", "PodDisruptionBudget chat")));
    assertTrue(symbolNames("config/config.exs").containsAll(List.of("config :chat, Oban",
        "default", "notifications", "exports")));
    assertTrue(symbolNames("config/runtime.exs").contains("k8s"));
    assertTrue(symbolNames("lib/chat/application.ex").containsAll(List.of("Chat.Application",
        "Phoenix.PubSub", "Horde.Registry")));
    assertTrue(symbolNames("mix.exs").containsAll(List.of("Chat.MixProject", "chat")));
    assertTrue(symbolNames("rel/vm.args.eex").stream().anyMatch(s -> s.startsWith("-")));
    assertTrue(symbolNames("rel/env.sh.eex").contains("RELEASE_NODE"));
    assertTrue(symbolNames("docker-compose.yml").containsAll(List.of("chat2", "chat3")));
    assertTrue(symbolNames("fly.toml").contains("app"));
  }

  private List<String> symbolNames(String relative) throws Exception {
    open(relative);
    List<String> out = new ArrayList<>();
    for (var e : docs().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(
        uri(relative)))).get(20, TimeUnit.SECONDS)) {
      flatten(e.getRight(), out);
    }
    return out;
  }

  private static void flatten(DocumentSymbol s, List<String> out) {
    out.add(s.getName());
    if (s.getChildren() != null) {
      s.getChildren().forEach(c -> flatten(c, out));
    }
  }

  @Test
  void workspaceSymbolsFindServicesAndQueues() throws Exception {
    var services = h.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("chat-nodes"))
        .get(20, TimeUnit.SECONDS).getRight();
    assertEquals(List.of("Service chat-nodes"), services.stream().map(s -> s.getName()).toList());
    assertEquals(uri("k8s/chat.yaml"), services.get(0).getLocation().getLeft().getUri());
    var queues = h.server.getWorkspaceService().symbol(new WorkspaceSymbolParams("notif"))
        .get(20, TimeUnit.SECONDS).getRight();
    assertEquals(List.of("notifications"), queues.stream().map(s -> s.getName()).toList());
  }

  @Test
  void documentLinksToTheConfigThatSetsWhatTheApplicationReads() throws Exception {
    String app = open("lib/chat/application.ex");
    String runtime = text("config/runtime.exs");
    var links = docs().documentLink(new DocumentLinkParams(new TextDocumentIdentifier(
        uri("lib/chat/application.ex")))).get(20, TimeUnit.SECONDS);
    int topologies = at(runtime, "config :libcluster", "topologies:", 0).getLine() + 1;
    assertTrue(links.stream().anyMatch(l -> l.getTarget().equals(uri("config/runtime.exs")
        + "#L" + topologies) && l.getRange().getStart().equals(
        at(app, "get_env(:libcluster", ":topologies", 0))), () -> "links: " + links);
    assertTrue(links.stream().anyMatch(l -> l.getTarget().startsWith(uri("config/prod.exs")
        + "#L")), () -> "links: " + links);
  }

  @Test
  void fixAllRepairsTheBudgetAndTheFindingGoes() throws Exception {
    String manifest = open("k8s/chat.yaml");
    String chat = uri("k8s/chat.yaml");
    var actions = docs().codeAction(new CodeActionParams(new TextDocumentIdentifier(chat),
        new Range(new Position(0, 0), new Position(0, 0)),
        new CodeActionContext(List.of(), List.of("source.fixAll")))).get(20, TimeUnit.SECONDS);
    assertEquals(1, actions.size());
    var fixAll = actions.get(0).getRight();
    assertEquals("source.fixAll.distlint", fixAll.getKind());
    List<TextEdit> edits = fixAll.getEdit().getChanges().get(chat);
    List<TextDocumentContentChangeEvent> changes = new ArrayList<>();
    edits.stream().sorted((a, b) -> Integer.compare(b.getRange().getStart().getLine(),
        a.getRange().getStart().getLine())).forEach(e -> changes.add(
        new TextDocumentContentChangeEvent(e.getRange(), e.getNewText())));
    docs().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(chat, 2),
        changes));
    Set<String> after = codes(documentReport("k8s/chat.yaml", null).getLeft().getItems());
    assertFalse(after.contains("k8s-pdb-allows-quorum-loss"), () -> "after fix-all: " + after);
    docs().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(chat, 3),
        List.of(new TextDocumentContentChangeEvent(manifest))));
    var quick = docs().codeAction(new CodeActionParams(new TextDocumentIdentifier(chat),
        new Range(at(manifest, "kind: PodDisruptionBudget", "maxUnavailable", 16),
        at(manifest, "kind: PodDisruptionBudget", "maxUnavailable", 16)),
        new CodeActionContext(List.of()))).get(20, TimeUnit.SECONDS);
    assertTrue(quick.stream().anyMatch(a -> "quickfix".equals(a.getRight().getKind())
        && a.getRight().getTitle().startsWith("Suppress")), () -> "actions: " + quick);
  }

  @Test
  void suppressingALineOneFindingKeepsTheInterpreterLineFirst() throws Exception {
    String env = open("rel/env.sh.eex");
    String envUri = uri("rel/env.sh.eex");
    var actions = docs().codeAction(new CodeActionParams(new TextDocumentIdentifier(envUri),
        new Range(new Position(0, 0), new Position(0, 0)), new CodeActionContext(List.of())))
        .get(20, TimeUnit.SECONDS);
    var suppress = actions.stream().map(a -> a.getRight())
        .filter(a -> a.getTitle().equals("Suppress fly-ipv6-dist-missing in this file"))
        .findFirst().orElseThrow(() -> new AssertionError("actions: " + actions));
    TextEdit edit = suppress.getEdit().getChanges().get(envUri).get(0);
    assertEquals(new Position(1, 0), edit.getRange().getStart());
    docs().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(envUri,
        2), List.of(new TextDocumentContentChangeEvent(edit.getRange(), edit.getNewText()))));
    Set<String> after = codes(documentReport("rel/env.sh.eex", null).getLeft().getItems());
    assertFalse(after.contains("fly-ipv6-dist-missing"), () -> "after: " + after);
    assertTrue(after.contains("ra-unstable-node-names"), () -> "after: " + after);
    docs().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(envUri,
        3), List.of(new TextDocumentContentChangeEvent(env))));
  }

  @Test
  void hoverCompletionHintsLensAndReview() throws Exception {
    String manifest = open("k8s/chat.yaml");
    String chat = uri("k8s/chat.yaml");
    var hover = docs().hover(new HoverParams(new TextDocumentIdentifier(chat),
        at(manifest, "kind: PodDisruptionBudget", "maxUnavailable: 2", 17)))
        .get(20, TimeUnit.SECONDS);
    assertTrue(hover.getContents().getRight().getValue().contains("k8s-pdb-allows-quorum-loss"));
    String vmArgs = open("rel/vm.args.eex");
    var items = docs().completion(new CompletionParams(new TextDocumentIdentifier(
        uri("rel/vm.args.eex")), at(vmArgs, "", "-", 1))).get(20, TimeUnit.SECONDS).getRight();
    assertFalse(items.getItems().isEmpty());
    var hints = docs().inlayHint(new InlayHintParams(new TextDocumentIdentifier(chat),
        new Range(new Position(0, 0), new Position(400, 0)))).get(20, TimeUnit.SECONDS);
    assertFalse(hints.isEmpty());
    open("config/runtime.exs");
    var lenses = docs().codeLens(new CodeLensParams(new TextDocumentIdentifier(
        uri("config/runtime.exs")))).get(20, TimeUnit.SECONDS);
    assertFalse(lenses.isEmpty());
    open("config/dev.exs");
    var dev = docs().codeLens(new CodeLensParams(new TextDocumentIdentifier(
        uri("config/dev.exs")))).get(20, TimeUnit.SECONDS);
    assertEquals(1, dev.size());
    String title = dev.get(0).getCommand().getTitle();
    assertTrue(title.contains("LocalEpmd") && !title.contains("@"), title);
    Object review = h.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
        "distlint.review", List.of())).get(30, TimeUnit.SECONDS);
    assertTrue(review.toString().contains("k8s-pdb-allows-quorum-loss"));
  }
}
