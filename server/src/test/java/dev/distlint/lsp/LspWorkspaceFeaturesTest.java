package dev.distlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** Inlay hints, code lenses and the review command across open documents. */
class LspWorkspaceFeaturesTest {
  static final String MIX = "file:///work/chat/mix.exs";
  static final String K8S = "file:///work/chat/k8s/app.yaml";
  static final String RUNTIME = "file:///work/chat/config/runtime.exs";

  @Test
  void quorumHintsLensAndReview() throws Exception {
    try (LspHarness h = new LspHarness()) {
      h.initialize(null);
      h.open(MIX, "elixir", """
          defmodule Chat.MixProject do
            use Mix.Project
            def project, do: [app: :chat, version: "1.0.0", deps: deps()]
            defp deps, do: [{:libcluster, "~> 3.4"}, {:ra, "~> 2.14"}]
          end
          """);
      h.open(RUNTIME, "elixir", """
          import Config

          if config_env() == :prod do
            config :libcluster,
              topologies: [
                k8s: [
                  strategy: Cluster.Strategy.Kubernetes.DNS,
                  config: [service: "chat-nodes", application_name: "chat"]
                ]
              ]
          end
          """);
      h.open(K8S, "yaml", """
          apiVersion: apps/v1
          kind: StatefulSet
          metadata:
            name: chat
          spec:
            serviceName: chat-nodes
            replicas: 5
            selector:
              matchLabels: {app: chat}
            template:
              metadata:
                labels: {app: chat}
              spec:
                containers:
                  - name: chat
                    image: ghcr.io/acme/chat:1
                    env:
                      - name: RELEASE_DISTRIBUTION
                        value: name
          """);
      h.nextDiagnostics(K8S);
      var hints = h.server.getTextDocumentService().inlayHint(new InlayHintParams(
          new TextDocumentIdentifier(K8S), new Range(new Position(0, 0), new Position(30, 0))))
          .get(5, TimeUnit.SECONDS);
      assertEquals(1, hints.size());
      assertEquals("quorum 3, tolerates 2", hints.get(0).getLabel().getLeft());
      assertEquals(6, hints.get(0).getPosition().getLine());

      var lenses = h.server.getTextDocumentService().codeLens(
          new CodeLensParams(new TextDocumentIdentifier(RUNTIME))).get(5, TimeUnit.SECONDS);
      assertEquals(1, lenses.size());
      assertTrue(lenses.get(0).getCommand().getTitle().contains("Kubernetes.DNS via Service chat-nodes"),
          lenses.get(0).getCommand().getTitle());

      Object review = h.server.getWorkspaceService().executeCommand(
          new ExecuteCommandParams("distlint.review", List.of())).get(10, TimeUnit.SECONDS);
      String md = (String) review;
      assertTrue(md.startsWith("# Cluster review"));
      assertTrue(md.contains("**Level 3: Consensus (CP)**"), md);
      assertTrue(md.contains("StatefulSet 'chat': 5 (5 members: quorum 3, tolerates 2 failures)"), md);
    }
  }
}
