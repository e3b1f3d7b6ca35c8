package dev.distlint.model.kustomize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.distlint.facts.kustomize.Overlay;
import dev.distlint.facts.kustomize.Kustomize;
import dev.distlint.facts.kustomize.KNode;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.support.Fixture;
import dev.distlint.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The objects overlays produce, and the lines their values trace back to. */
class KustomizeTest {
  private static final Workspace WS = Fixture.read(
      Path.of("src/test/resources/shapes/kustomize-overlays")).workspace();

  private static Overlay overlay(String dir) {
    return Kustomize.overlays(WS).stream()
        .filter(o -> o.kustomization().path().startsWith(dir)).findFirst().orElseThrow();
  }

  @Test
  void onlyTopLevelKustomizationsAreOverlays() {
    assertEquals(List.of("deploy/overlays/prod/kustomization.yaml",
        "deploy/overlays/staging/kustomization.yaml"),
        Kustomize.overlays(WS).stream().map(o -> o.kustomization().path()).sorted().toList());
  }

  @Test
  void stagingSetsReplicasNamespaceAndAJsonPatch() {
    Overlay o = overlay("deploy/overlays/staging");
    KubeObject sts = KubeObjects.of(o.output()).get(0);
    assertEquals("chat", sts.name());
    assertEquals("staging", sts.namespace());
    assertEquals(3L, sts.replicas());
    KNode.Src replicas = o.sourceOf(sts.range(sts.replicasNode()));
    assertEquals("deploy/overlays/staging/kustomization.yaml", replicas.path());
    var grace = sts.podSpec().scalar("terminationGracePeriodSeconds");
    assertEquals(60L, grace.asLong());
    assertEquals("deploy/overlays/staging/kustomization.yaml",
        o.sourceOf(sts.range(grace)).path());
  }

  @Test
  void prodMergesItsPatchAndKeepsBaseLinesItDoesNotTouch() {
    Overlay o = overlay("deploy/overlays/prod");
    KubeObject sts = KubeObjects.of(o.output()).get(0);
    assertEquals("prod-chat", sts.name());
    assertEquals(5L, sts.replicas());
    assertEquals("deploy/overlays/prod/cluster.yaml",
        o.sourceOf(sts.range(sts.replicasNode())).path());
    var c = sts.containers().get(0);
    assertEquals("ghcr.io/acme/chat:1.5.0", c.node().string("image"));
    assertEquals(2, c.ports().size(), "ports come from the base");
    assertEquals("deploy/base/statefulset.yaml",
        o.sourceOf(sts.range(c.ports().get(0).node())).path());
    assertEquals(1, c.env().size(), "env merged by name");
    assertEquals("deploy/overlays/prod/cluster.yaml",
        o.sourceOf(sts.range(c.env().get(0).value())).path());
    KubeObject pdb = KubeObjects.of(o.output()).get(1);
    assertEquals("prod-chat", pdb.name());
  }

  /** A base line two overlays both keep gives one finding, naming both kustomizations. */
  @Test
  void aBaseLineEveryOverlayKeepsIsOneFinding() {
    Fixture fx = Fixture.of(
        "mix.exs", "defmodule Chat.MixProject do\n  use Mix.Project\n  def project, do: [app: :chat]\nend\n",
        "deploy/base/kustomization.yaml", "resources: [app.yaml]\n",
        "deploy/base/app.yaml", """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: chat
            spec:
              selector: {matchLabels: {app: chat}}
              template:
                metadata: {labels: {app: chat}}
                spec:
                  containers:
                    - name: chat
                      image: ghcr.io/acme/chat:1.0.0
                      env:
                        - name: RELEASE_COOKIE
                          value: "not-a-secret-at-all"
            """,
        "deploy/overlays/a/kustomization.yaml", "resources: [../../base]\nnamePrefix: a-\n",
        "deploy/overlays/b/kustomization.yaml", "resources: [../../base]\nnamePrefix: b-\n");
    var cookie = fx.projectFindings().stream()
        .filter(f -> f.ruleId().equals("dist-cookie-literal")).toList();
    assertEquals(1, cookie.size(), cookie.toString());
    assertEquals("deploy/base/app.yaml", cookie.get(0).path());
    assertEquals(2, cookie.get(0).related().stream()
        .filter(r -> r.message().equals("in the output of this kustomization")).count());
  }
}
