package dev.distlint.lsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each workspace folder is a root of its own projects: no finding pairs files of two folders,
 * folders come and go, and {@code .distlint.yaml} files (on disk or open, nested or named by
 * {@code distlint.configFile}) take effect without a restart.
 */
class MultiRootTest {
  static final String TRACING = "multinode-without-tracing";
  static final String BASENAME = "release-basename-mismatch";

  @TempDir
  Path tmp;

  /** A Mix project named {@code app} whose nodes are named {@code node@...}. */
  static Path project(Path dir, String app, String node) throws Exception {
    Files.createDirectories(dir.resolve("config"));
    Files.createDirectories(dir.resolve("rel"));
    Files.writeString(dir.resolve("mix.exs"), """
        defmodule App.MixProject do
          use Mix.Project

          def project do
            [app: :%s, version: "1.0.0", deps: deps(), releases: [%s: []]]
          end

          def application do
            [extra_applications: [:logger, :runtime_tools]]
          end

          defp deps do
            [{:libcluster, "~> 3.5"}]
          end
        end
        """.formatted(app, app));
    Files.writeString(dir.resolve("config/runtime.exs"), """
        import Config

        config :libcluster,
          topologies: [
            k8s: [
              strategy: Cluster.Strategy.Kubernetes.DNS,
              config: [service: "%s-nodes", application_name: "%s"]
            ]
          ]
        """.formatted(app, app));
    Files.writeString(dir.resolve("rel/env.sh.eex"),
        "export RELEASE_DISTRIBUTION=name\nexport RELEASE_NODE=" + node + "@${POD_IP}\n");
    return dir;
  }

  static WorkspaceFolder folder(Path p) {
    return new WorkspaceFolder(p.toUri().toString(), p.getFileName().toString());
  }

  static LspHarness start(List<Path> folders) throws Exception {
    LspHarness h = new LspHarness();
    InitializeParams p = new InitializeParams();
    p.setCapabilities(new ClientCapabilities());
    p.setWorkspaceFolders(folders.stream().map(MultiRootTest::folder).toList());
    h.initializeWith(p);
    return h;
  }

  static boolean has(PublishDiagnosticsParams p, String rule) {
    return p.getDiagnostics().stream().anyMatch(d -> d.getCode().getLeft().equals(rule));
  }

  static String open(LspHarness h, Path file) throws Exception {
    String uri = file.toUri().toString();
    h.open(uri, "elixir", Files.readString(file));
    return uri;
  }

  @Test
  void twoFoldersAreTwoProjects() throws Exception {
    Path chat = project(tmp.resolve("chat"), "chat", "chat");
    Path billing = project(tmp.resolve("billing"), "billing", "billing");
    try (LspHarness h = start(List.of(chat, billing))) {
      String chatRuntime = open(h, chat.resolve("config/runtime.exs"));
      String billingRuntime = open(h, billing.resolve("config/runtime.exs"));
      // merged into one, each topology would be compared with the other folder's node name
      assertFalse(has(h.nextDiagnostics(chatRuntime), BASENAME));
      assertFalse(has(h.nextDiagnostics(billingRuntime), BASENAME));
      assertTrue(h.logs.stream().anyMatch(l -> l.contains("project chat in ")), "logs name projects");
    }
  }

  @Test
  void foldersAddedAndRemovedAreReadAndDropped() throws Exception {
    Path chat = project(tmp.resolve("chat"), "chat", "chat");
    // billing's node name does not match its discovery: only its env.sh on disk says so
    Path billing = project(tmp.resolve("billing"), "billing", "payments");
    try (LspHarness h = start(List.of(chat))) {
      String runtime = open(h, billing.resolve("config/runtime.exs"));
      assertFalse(has(h.nextDiagnostics(runtime), BASENAME), "billing's env.sh is not read yet");
      h.server.getWorkspaceService().didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(
          new WorkspaceFoldersChangeEvent(List.of(folder(billing)), List.of())));
      h.await(runtime, p -> has(p, BASENAME));
      h.server.getWorkspaceService().didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(
          new WorkspaceFoldersChangeEvent(List.of(), List.of(folder(billing)))));
      h.await(runtime, p -> !has(p, BASENAME));
    }
  }

  @Test
  void settingsFilesTakeEffectWithoutRestart() throws Exception {
    Path chat = project(tmp.resolve("chat"), "chat", "chat");
    Path billing = project(tmp.resolve("billing"), "billing", "billing");
    Path cfg = chat.resolve(".distlint.yaml");
    try (LspHarness h = start(List.of(chat, billing))) {
      String mix = open(h, chat.resolve("mix.exs"));
      String billingMix = open(h, billing.resolve("mix.exs"));
      assertTrue(has(h.nextDiagnostics(mix), TRACING));
      assertTrue(has(h.nextDiagnostics(billingMix), TRACING));

      Files.writeString(cfg, "rules:\n  " + TRACING + ": off\n");
      watched(h, cfg, FileChangeType.Created);
      h.await(mix, p -> !has(p, TRACING));
      // the other folder keeps its own settings: an edit there still reports the rule
      h.queue(billingMix).clear();
      h.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
          new VersionedTextDocumentIdentifier(billingMix, 2),
          List.of(new TextDocumentContentChangeEvent(
              Files.readString(billing.resolve("mix.exs")) + "\n"))));
      assertTrue(has(h.nextDiagnostics(billingMix), TRACING));

      Files.delete(cfg);
      watched(h, cfg, FileChangeType.Deleted);
      h.await(mix, p -> has(p, TRACING));

      // an open settings file counts as typed, before it is saved
      h.open(cfg.toUri().toString(), "yaml", "rules:\n  " + TRACING + ": off\n");
      h.await(mix, p -> !has(p, TRACING));
    }
  }

  @Test
  void nestedSettingsApplyBelowTheirFolder() throws Exception {
    Path chat = project(tmp.resolve("repo/chat"), "chat", "chat");
    Path billing = project(tmp.resolve("repo/billing"), "billing", "billing");
    Files.writeString(billing.resolve(".distlint.yaml"), "rules:\n  " + TRACING + ": off\n");
    try (LspHarness h = start(List.of(tmp.resolve("repo")))) {
      String chatMix = open(h, chat.resolve("mix.exs"));
      String billingMix = open(h, billing.resolve("mix.exs"));
      assertTrue(has(h.nextDiagnostics(chatMix), TRACING));
      assertFalse(has(h.nextDiagnostics(billingMix), TRACING));
    }
  }

  @Test
  void configFileFromTheEditorAppliesEverywhere() throws Exception {
    Path chat = project(tmp.resolve("chat"), "chat", "chat");
    Path shared = tmp.resolve("team.distlint.yaml");
    Files.writeString(shared, "rules:\n  " + TRACING + ": off\n");
    try (LspHarness h = start(List.of(chat))) {
      String mix = open(h, chat.resolve("mix.exs"));
      assertTrue(has(h.nextDiagnostics(mix), TRACING));
      h.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
          Map.of("distlint", Map.of("configFile", shared.toString()))));
      h.await(mix, p -> !has(p, TRACING));
      h.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
          Map.of("distlint", Map.of())));
      h.await(mix, p -> has(p, TRACING));
    }
  }

  @Test
  void navigationStaysInTheProject() throws Exception {
    Path chat = project(tmp.resolve("chat"), "chat", "chat");
    Path billing = project(tmp.resolve("billing"), "billing", "billing");
    String runtime = """
        import Config

        config :libcluster,
          topologies: [k8s: [strategy: Cluster.Strategy.Kubernetes.DNS,
            config: [service: "nodes", application_name: "APP"]]]
        """;
    String service = "apiVersion: v1\nkind: Service\nmetadata:\n  name: nodes\n"
        + "spec:\n  clusterIP: None\n  selector: {app: APP}\n";
    for (Path p : List.of(chat, billing)) {
      String app = p.getFileName().toString();
      Files.writeString(p.resolve("config/runtime.exs"), runtime.replace("APP", app));
      Files.createDirectories(p.resolve("k8s"));
      Files.writeString(p.resolve("k8s/nodes.yaml"), service.replace("APP", app));
    }
    try (LspHarness h = start(List.of(chat, billing))) {
      String uri = open(h, chat.resolve("config/runtime.exs"));
      h.nextDiagnostics(uri);
      var params = new org.eclipse.lsp4j.DefinitionParams(
          new org.eclipse.lsp4j.TextDocumentIdentifier(uri), new org.eclipse.lsp4j.Position(4, 24));
      var found = h.server.getTextDocumentService().definition(params)
          .get(10, java.util.concurrent.TimeUnit.SECONDS).getLeft();
      assertFalse(found.isEmpty(), "service: leads to the Service");
      for (var loc : found) {
        assertTrue(loc.getUri().contains("/chat/"), "stays in chat's folder: " + loc.getUri());
      }
    }
  }

  @Test
  void editsDuringThePushOfUnopenedFilesGoFirstAndThePushStillEnds() throws Exception {
    Path root = tmp.resolve("mono");
    List<Path> mixes = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      mixes.add(project(root.resolve("apps/app" + i), "app" + i, "app" + i).resolve("mix.exs"));
    }
    try (LspHarness h = start(List.of(root))) {
      Path runtime = root.resolve("apps/app0/config/runtime.exs");
      String uri = open(h, runtime);
      String text = Files.readString(runtime);
      // edits while the server pushes the findings of the files not open: each edit is checked
      // (its version published), and the push, put off, still reaches every file
      for (int v = 2; v <= 8; v++) {
        h.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
            new VersionedTextDocumentIdentifier(uri, v),
            List.of(new TextDocumentContentChangeEvent(text + "# edit " + v + "\n"))));
        int version = v;
        h.await(uri, p -> p.getVersion() != null && p.getVersion() == version);
      }
      for (Path mix : mixes) {
        h.await(mix.toUri().toString(), p -> has(p, TRACING));
      }
    }
  }

  private static void watched(LspHarness h, Path file, FileChangeType type) {
    h.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
        List.of(new FileEvent(file.toUri().toString(), type))));
  }
}
