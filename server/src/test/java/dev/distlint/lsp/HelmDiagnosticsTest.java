package dev.distlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;

/** In the editor, a chart's template reads cleanly and a values finding shows in values.yaml. */
class HelmDiagnosticsTest {
  static final String ROOT = "file:///work/helm-demo/";
  static final String VALUES = ROOT + "chart/values.yaml";
  static final String TEMPLATE = ROOT + "chart/templates/pdb.yaml";

  @Test
  void budgetFindingLandsOnTheValuesLine() throws Exception {
    try (LspHarness h = new LspHarness()) {
      h.initialize(null);
      h.open(ROOT + "mix.exs", "elixir", "defmodule Chat.MixProject do\n  use Mix.Project\n"
          + "  def project, do: [app: :chat, deps: [{:ra, \"~> 2.14\"}]]\nend\n");
      h.open(ROOT + "chart/Chart.yaml", "yaml", "apiVersion: v2\nname: chat\nversion: 0.1.0\n");
      h.open(VALUES, "yaml", "replicas: 3\nbudget:\n  maxUnavailable: 2\n");
      h.open(ROOT + "chart/templates/sts.yaml", "yaml", """
          apiVersion: apps/v1
          kind: StatefulSet
          metadata:
            name: {{ .Release.Name }}
          spec:
            replicas: {{ .Values.replicas }}
            selector: {matchLabels: {app: chat}}
            template:
              metadata: {labels: {app: chat}}
              spec:
                containers:
                  - {name: chat, image: "ghcr.io/acme/chat:1.0.0",
                     ports: [{name: epmd, containerPort: 4369}]}
          """);
      h.open(TEMPLATE, "yaml", """
          {{- if .Values.budget }}
          apiVersion: policy/v1
          kind: PodDisruptionBudget
          metadata:
            name: {{ .Release.Name }}
          spec:
            maxUnavailable: {{ .Values.budget.maxUnavailable }}
            selector: {matchLabels: {app: chat}}
          {{- end }}
          """);
      PublishDiagnosticsParams values = h.await(VALUES,
          p -> p.getDiagnostics().stream().anyMatch(d -> isBudget(d)));
      Diagnostic d = values.getDiagnostics().stream().filter(HelmDiagnosticsTest::isBudget)
          .findFirst().get();
      assertEquals(2, d.getRange().getStart().getLine());
      assertEquals(18, d.getRange().getStart().getCharacter());
      assertEquals(TEMPLATE, d.getRelatedInformation().get(0).getLocation().getUri());
      assertEquals(6, d.getRelatedInformation().get(0).getLocation().getRange().getStart()
          .getLine());
      PublishDiagnosticsParams template = h.await(TEMPLATE, p -> true);
      assertTrue(template.getDiagnostics().isEmpty(), template.getDiagnostics().toString());
    }
  }

  private static boolean isBudget(Diagnostic d) {
    return "k8s-pdb-allows-quorum-loss".equals(d.getCode().getLeft());
  }

}
