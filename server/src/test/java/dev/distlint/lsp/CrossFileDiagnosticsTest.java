package dev.distlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** A finding in one open document follows edits to another open document. */
class CrossFileDiagnosticsTest {
  static final String RUNTIME = "file:///work/demo/config/runtime.exs";
  static final String ENV_SH = "file:///work/demo/rel/env.sh.eex";
  static final String MANIFEST = "file:///work/demo/k8s/app.yaml";

  static final String TOPOLOGY = """
      import Config

      config :libcluster,
        topologies: [
          k8s: [
            strategy: Cluster.Strategy.Kubernetes.DNS,
            config: [service: "chat-headless", application_name: "chat"]
          ]
        ]
      """;
  static final String DEPLOYMENT = """
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
              - name: chat
                image: ghcr.io/acme/chat:1.4.2
                env:
                  - name: RELEASE_DISTRIBUTION
                    value: name
      """;

  @Test
  void podVariableFindingFollowsTheEnvScript() throws Exception {
    try (LspHarness h = new LspHarness()) {
      h.initialize(null);
      h.open(RUNTIME, "elixir", TOPOLOGY);
      h.open(ENV_SH, "shellscript", "export RELEASE_DISTRIBUTION=name\n"
          + "export RELEASE_NODE=chat@$(hostname -i)\n");
      h.open(MANIFEST, "yaml", DEPLOYMENT);
      assertFalse(has(await(h, MANIFEST, p -> true), "k8s-pod-ip-env-missing"));

      replace(h, ENV_SH, 2, "export RELEASE_DISTRIBUTION=name\n"
          + "export RELEASE_NODE=chat@${POD_IP}\n");
      var appeared = await(h, MANIFEST, p -> has(p, "k8s-pod-ip-env-missing"));
      Diagnostic d = appeared.getDiagnostics().stream()
          .filter(x -> x.getCode().getLeft().equals("k8s-pod-ip-env-missing")).findFirst().get();
      assertEquals(12, d.getRange().getStart().getLine());
      assertEquals(ENV_SH, d.getRelatedInformation().get(0).getLocation().getUri());

      replace(h, ENV_SH, 3, "export RELEASE_DISTRIBUTION=name\n"
          + "export RELEASE_NODE=chat@$(hostname -i)\n");
      await(h, MANIFEST, p -> !has(p, "k8s-pod-ip-env-missing"));
    }
  }

  @Test
  void longNamesFindingFollowsTheConfig() throws Exception {
    try (LspHarness h = new LspHarness()) {
      h.initialize(null);
      h.open(ENV_SH, "shellscript", "export RELEASE_NODE=chat@${POD_IP}\n");
      h.open(RUNTIME, "elixir", "import Config\n");
      assertFalse(has(await(h, ENV_SH, p -> true), "release-longnames-required"));

      replace(h, RUNTIME, 2, TOPOLOGY);
      await(h, ENV_SH, p -> has(p, "release-longnames-required"));

      replace(h, ENV_SH, 2, "export RELEASE_DISTRIBUTION=name\n"
          + "export RELEASE_NODE=chat@${POD_IP}\n");
      await(h, ENV_SH, p -> !has(p, "release-longnames-required"));

      replace(h, ENV_SH, 3, "export RELEASE_NODE=chat@${POD_IP}\n");
      await(h, ENV_SH, p -> has(p, "release-longnames-required"));
      replace(h, RUNTIME, 3, "import Config\n");
      await(h, ENV_SH, p -> !has(p, "release-longnames-required"));
    }
  }

  @Test
  void aManifestRenamedToAnotherProjectIsJudgedWithThatProjectsFiles() throws Exception {
    String chatMix = "file:///work/mono/chat/mix.exs";
    String billingMix = "file:///work/mono/billing/mix.exs";
    String chatEnv = "file:///work/mono/chat/rel/env.sh.eex";
    String manifest = "file:///work/mono/deploy/app.yaml";
    String mix = """
        defmodule %s.MixProject do
          use Mix.Project
          def project, do: [app: :%s, version: "0.1.0", deps: [{:libcluster, "~> 3.3"}]]
        end
        """;
    try (LspHarness h = new LspHarness()) {
      h.initialize(null);
      h.open(chatMix, "elixir", String.format(mix, "Chat", "chat"));
      h.open(billingMix, "elixir", String.format(mix, "Billing", "billing"));
      h.open(chatEnv, "shellscript", "export RELEASE_DISTRIBUTION=name\n"
          + "export RELEASE_NODE=chat@${POD_IP}\n");
      h.open(manifest, "yaml", DEPLOYMENT);
      // linked to chat by its names: chat's env script needs POD_IP, which the manifest lacks
      await(h, manifest, p -> has(p, "k8s-pod-ip-env-missing"));
      // now named after billing (a project without that script): linked there, and quiet
      replace(h, manifest, 2, DEPLOYMENT.replace("chat", "billing"));
      await(h, manifest, p -> p.getVersion() == 2 && !has(p, "k8s-pod-ip-env-missing"));
      // a change that links nothing differently keeps the project (the model is reused)
      replace(h, manifest, 3, DEPLOYMENT.replace("chat", "billing").replace("1.4.2", "1.4.3"));
      await(h, manifest, p -> p.getVersion() == 3 && !has(p, "k8s-pod-ip-env-missing"));
      replace(h, manifest, 4, DEPLOYMENT);
      await(h, manifest, p -> p.getVersion() == 4 && has(p, "k8s-pod-ip-env-missing"));
    }
  }

  private static void replace(LspHarness h, String uri, int version, String text) {
    h.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(uri, version),
        List.of(new TextDocumentContentChangeEvent(text))));
  }

  private static PublishDiagnosticsParams await(LspHarness h, String uri,
      Predicate<PublishDiagnosticsParams> p) throws InterruptedException {
    return h.await(uri, p);
  }

  private static boolean has(PublishDiagnosticsParams p, String code) {
    assertTrue(p.getDiagnostics() != null);
    return p.getDiagnostics().stream().anyMatch(d -> code.equals(d.getCode().getLeft()));
  }
}
