package dev.distlint.assist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Kubernetes completion offers the grammar's keys and the snippets that fit where the cursor is. */
class KubernetesCompletionTest {
  private static final String K8S = "k8s/app.yaml";
  private static final String PROBES = "liveness, readiness and startup probes";
  private static final String ENV = "downward API env POD_IP and NAMESPACE";

  private static Editor.Completion at(String marked) {
    return Editor.of(marked, K8S).completion();
  }

  @Test
  void statefulSetSpecOffersWorkloadKeysNotContainerSnippets() {
    var c = at("""
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: chat
        spec:
          replicas: 3
          ‸
          template:
            spec:
              containers:
                - name: chat
        """);
    assertFalse(c.contains(PROBES), c::toString);
    assertFalse(c.contains(ENV), c::toString);
    assertTrue(c.contains("serviceName") && c.contains("podManagementPolicy"), c::toString);
    assertFalse(c.contains("replicas"), "already written: " + c);
    assertEquals("serviceName: ", c.item("serviceName").insertText());
  }

  @Test
  void containerProbeEnvAndPodSpecKeys() {
    String manifest = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              %s
              containers:
                - name: web
                  image: web:1
                  %s
                  readinessProbe:
                    %s
                  env:
                    %s
        """;
    var pod = at(manifest.formatted("‸", "", "", ""));
    assertTrue(pod.contains("terminationGracePeriodSeconds"), pod::toString);
    assertFalse(pod.contains(PROBES), pod::toString);
    var container = at(manifest.formatted("", "‸", "", ""));
    assertTrue(container.contains(PROBES) && container.contains("livenessProbe"), container::toString);
    assertFalse(container.contains("readinessProbe"), "already written: " + container);
    var probe = at(manifest.formatted("", "", "‸", ""));
    assertTrue(probe.contains("periodSeconds") && probe.contains("failureThreshold"), probe::toString);
    assertFalse(probe.contains(PROBES), probe::toString);
    var env = at(manifest.formatted("", "", "", "‸"));
    assertTrue(env.contains(ENV), env::toString);
    assertFalse(env.contains(PROBES), env::toString);
  }

  @Test
  void serviceAndBudgetSpecs() {
    var svc = at("apiVersion: v1\nkind: Service\nmetadata:\n  name: n\nspec:\n  ‸\n");
    assertTrue(svc.contains("clusterIP") && svc.contains("publishNotReadyAddresses"), svc::toString);
    var pdb = at("apiVersion: policy/v1\nkind: PodDisruptionBudget\nspec:\n  ‸\n");
    assertTrue(pdb.contains("maxUnavailable") && !pdb.contains("clusterIP"), pdb::toString);
  }
}
