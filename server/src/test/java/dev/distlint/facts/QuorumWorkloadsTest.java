package dev.distlint.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuorumWorkloadsTest {
  private static final String MIX = """
      defmodule Ledger.MixProject do
        use Mix.Project
        def project, do: [app: :ledger, deps: [{:ra, "~> 2.14"}]]
      end
      """;
  private static final String K8S = """
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: ledger
      spec:
        replicas: 4
        template:
          spec:
            containers:
              - name: ledger
                env:
                  - {name: RELEASE_DISTRIBUTION, value: name}
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: admin
      spec:
        template:
          spec:
            containers:
              - name: admin
                ports: [{containerPort: 4369}]
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: nginx
      spec:
        replicas: 3
        template:
          spec:
            containers: [{name: nginx, image: nginx}]
      """;
  private static final String COMPOSE = """
      services:
        node1:
          image: ledger
          deploy: {replicas: "${N}"}
          environment: [RELEASE_NODE=ledger@node1]
        db:
          image: postgres
      """;

  @Test
  void hostsWithTheirCounts() {
    Workspace ws = Workspace.of(ParsedFile.of("mix.exs", MIX), ParsedFile.of("k8s/app.yaml", K8S),
        ParsedFile.of("docker-compose.yml", COMPOSE));
    List<QuorumWorkloads.Host> hosts = QuorumWorkloads.of(ws);
    assertEquals(3, hosts.size());
    QuorumWorkloads.Host ledger = hosts.get(0);
    assertEquals("StatefulSet 'ledger'", ledger.label());
    assertEquals(4L, ledger.replicas());
    assertTrue(ledger.explicit());
    assertEquals("4", K8S.substring(ledger.replicasRange().start(), ledger.replicasRange().end()));
    QuorumWorkloads.Host admin = hosts.get(1);
    assertEquals(1L, admin.replicas());
    assertFalse(admin.explicit());
    assertEquals("admin", K8S.substring(admin.replicasRange().start(), admin.replicasRange().end()));
    QuorumWorkloads.Host node1 = hosts.get(2);
    assertEquals("compose", node1.platform());
    assertNull(node1.replicas());
    assertTrue(node1.explicit());
  }

  @Test
  void noneWithoutAQuorumLibrary() {
    Workspace ws = Workspace.of(ParsedFile.of("k8s/app.yaml", K8S));
    assertTrue(QuorumWorkloads.of(ws).isEmpty());
  }
}
