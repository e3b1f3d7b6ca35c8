package dev.distlint.assist;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KubernetesHoversTest {
  private static final String K8S = "k8s/app.yaml";
  private static final String STS = "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: chat\n"
      + "spec:\n  serviceName: chat-nodes\n  replicas: 5\n  selector:\n    matchLabels:\n"
      + "      app: chat\n  template:\n    metadata:\n      labels:\n        app: chat\n"
      + "    spec:\n      terminationGracePeriodSeconds: 45\n      containers:\n"
      + "        - name: chat\n          image: chat:1\n          readinessProbe:\n"
      + "            periodSeconds: 5\n";
  private static final String MIX_WITH_RA = "defmodule Chat.MixProject do\n  use Mix.Project\n"
      + "  defp deps do\n    [{:ra, \"~> 2.0\"}]\n  end\nend\n";

  private static void has(Editor.Hover h, String... fragments) {
    for (String f : fragments) {
      assertTrue(h.contains(f), "missing \"" + f + "\" in hover:\n" + h);
    }
  }

  private static String mark(String text, String before) {
    int at = text.indexOf(before);
    return text.substring(0, at + 2) + "‸" + text.substring(at + 2);
  }

  @Test
  void replicasShowQuorumWhenTheWorkspaceUsesRa() {
    var h = Editor.of(mark(STS, "replicas:"), K8S).with("mix.exs", MIX_WITH_RA).hover();
    has(h, "5 members: quorum 3, tolerates 2 failures", "maxUnavailable at most 2");
    var plain = Editor.of(mark(STS, "replicas:"), K8S).hover();
    has(plain, "Number of pods");
    assertFalse(plain.contains("quorum 3"));
  }

  @Test
  void graceProbesAndServiceName() {
    has(Editor.of(mark(STS, "terminationGracePeriodSeconds"), K8S).hover(), "45 s",
        "default is 30 s");
    has(Editor.of(mark(STS, "periodSeconds"), K8S).hover(), "Interval between probes");
    has(Editor.of(mark(STS, "readinessProbe"), K8S).hover(), "readinessProbe");
    has(Editor.of(mark(STS, "serviceName"), K8S).hover(), "headless");
  }

  @Test
  void headlessServiceFields() {
    String svc = "apiVersion: v1\nkind: Service\nmetadata:\n  name: chat-nodes\nspec:\n"
        + "  clusterIP: None\n  publishNotReadyAddresses: true\n  selector:\n    app: chat\n";
    has(Editor.of(mark(svc, "clusterIP"), K8S).hover(), "headless");
    has(Editor.of(mark(svc, "publishNotReadyAddresses"), K8S).hover(), "not ready");
  }

  @Test
  void disruptionBudgetQuorumSafeRange() {
    String pdb = STS + "---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n"
        + "  name: chat\nspec:\n  maxUnavailable: 3\n  selector:\n    matchLabels:\n      app: chat\n";
    var h = Editor.of(mark(pdb, "maxUnavailable"), K8S).hover();
    has(h, "5 replicas, quorum 3", "maxUnavailable from 1 to 2", "below its quorum");
    var ok = Editor.of(mark(pdb.replace("maxUnavailable: 3", "minAvailable: 3"), "minAvailable"),
        K8S).hover();
    has(ok, "keeps a majority");
  }
}
