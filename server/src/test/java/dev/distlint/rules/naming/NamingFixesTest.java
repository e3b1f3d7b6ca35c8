package dev.distlint.rules.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.base.Finding;
import dev.distlint.base.Fix;
import dev.distlint.support.Fixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Applies the quick fix of every finding of a firing fixture case to the case's files, one
 * finding at a time, and checks the rule is quiet afterwards and the files still parse.
 */
class NamingFixesTest {
  static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  @ParameterizedTest(name = "{0}/{1}")
  @CsvSource({
      "release-longnames-required, fires-distribution-unset",
      "release-longnames-required, fires-sname-for-dnscluster",
      "release-basename-mismatch, fires-kubernetes-basename",
      "release-basename-mismatch, fires-default-node-name",
      "release-node-host-mismatch, fires-hostname-for-ip-discovery",
      "release-node-host-mismatch, fires-pod-ip-for-dnssrv",
      "k8s-pod-ip-env-missing, fires-pod-ip-absent",
      "k8s-pod-ip-env-missing, fires-namespace-through-a-record",
      "k8s-discovery-service-not-headless, fires-cluster-ip-default",
      "k8s-discovery-service-not-headless, fires-cluster-ip-for-dnscluster",
      "libcluster-dnssrv-needs-statefulset, fires-governed-by-other-service",
      "k8s-discovery-rbac-missing, fires-no-role",
      "k8s-discovery-rbac-missing, fires-default-service-account",
      "libcluster-endpoints-vs-readiness, fires-headless-dns",
      "fly-ipv6-dist-missing, fires-private-ip-node",
      "fly-ipv6-dist-missing, fires-internal-query",
  })
  void fixRemovesTheFinding(String rule, String caseName) {
    Fixture fx = Fixture.read(FIXTURES.resolve(dev.distlint.catalogue.RuleDocs.family(rule))
        .resolve(rule).resolve(caseName));
    assertFalse(findings(fx, rule).isEmpty(), "the case does not fire");
    Fixture fixed = fixAll(fx, rule);
    assertEquals(List.of(), findings(fixed, rule).stream().map(Finding::message).toList());
    assertTrue(fixed.findings().stream().noneMatch(f -> f.ruleId().endsWith("-syntax")),
        "the fix broke the syntax of a file");
  }

  @Test
  void podEnvGetsAnEnvKeyWhenTheContainerHasNone() {
    Fixture fx = Fixture.of("mix.exs", "defmodule Chat.MixProject do\n  use Mix.Project\n"
        + "  def project, do: [app: :chat, version: \"1.0.0\"]\nend\n",
        "rel/env.sh.eex", "export RELEASE_DISTRIBUTION=name\n"
        + "export RELEASE_NODE=<%= @release.name %>@${POD_IP}\n",
        "k8s/app.yaml", """
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
                  ports:
                    - containerPort: 4369
        """);
    Fixture fixed = fixAll(fx, "k8s-pod-ip-env-missing");
    assertTrue(fixed.files().get("k8s/app.yaml").contains("""
                - name: chat
                  env:
                    - name: POD_IP
                      valueFrom:
                        fieldRef:
                          fieldPath: status.podIP
                  image: ghcr.io/acme/chat:1.4.2
        """), fixed.files().get("k8s/app.yaml"));
    assertEquals(List.of(), findings(fixed, "k8s-pod-ip-env-missing"));
  }

  static List<Finding> findings(Fixture fx, String rule) {
    return fx.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
  }

  /** Applies the first fix of each finding in turn, re-linting between fixes. */
  static Fixture fixAll(Fixture fx, String rule) {
    Fixture current = fx;
    for (int guard = 0; guard < 10; guard++) {
      List<Finding> found = findings(current, rule);
      if (found.isEmpty()) {
        return current;
      }
      Finding f = found.get(0);
      assertFalse(f.fixes().isEmpty(), "no fix offered for: " + f.message());
      current = apply(current, f.fixes().get(0));
    }
    return current;
  }

  static Fixture apply(Fixture fx, Fix fix) {
    Map<String, String> files = new LinkedHashMap<>(fx.files());
    List<Fix.FileEdit> edits = new ArrayList<>(fix.edits());
    edits.sort(Comparator.comparing((Fix.FileEdit e) -> e.range().start()).reversed());
    for (Fix.FileEdit e : edits) {
      String text = files.get(e.path());
      assertTrue(text != null, "fix edits a file outside the case: " + e.path());
      files.put(e.path(), text.substring(0, e.range().start()) + e.newText()
          + text.substring(e.range().end()));
    }
    return new Fixture(files);
  }
}
