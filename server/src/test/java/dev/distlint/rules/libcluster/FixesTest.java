package dev.distlint.rules.libcluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.distlint.base.Finding;
import dev.distlint.base.Fix;
import dev.distlint.support.Fixture;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The quick fixes of the libcluster rules produce the text a user would have written. */
class FixesTest {
  private static String applyFirstFix(Map<String, String> files, String rule, String path) {
    Fixture fx = new Fixture(files);
    Finding f = fx.findings().stream().filter(x -> x.ruleId().equals(rule)).findFirst()
        .orElseThrow();
    Fix fix = f.fixes().get(0);
    String text = files.get(path);
    List<Fix.FileEdit> edits = fix.edits().stream().filter(e -> e.path().equals(path))
        .sorted(Comparator.comparing((Fix.FileEdit e) -> e.range().start()).reversed()).toList();
    for (Fix.FileEdit e : edits) {
      text = text.substring(0, e.range().start()) + e.newText() + text.substring(e.range().end());
    }
    return text;
  }

  @Test
  void missingKeyIsAppendedOnItsOwnLine() {
    String before = """
        import Config

        config :libcluster,
          topologies: [
            k8s: [
              strategy: Cluster.Strategy.Kubernetes,
              config: [
                kubernetes_node_basename: "chat"
              ]
            ]
          ]
        """;
    String after = applyFirstFix(Map.of("config/runtime.exs", before),
        "libcluster-missing-required-key", "config/runtime.exs");
    assertEquals(before.replace("\"chat\"\n", "\"chat\",\n        kubernetes_selector: \"app=my_app\"\n"), after);
  }

  @Test
  void missingKeysOnOneLine() {
    String before = "config :libcluster, topologies: [p: [strategy: Cluster.Strategy.DNSPoll,"
        + " config: [polling_interval: 5_000]]]\n";
    String after = applyFirstFix(Map.of("config/runtime.exs", before),
        "libcluster-missing-required-key", "config/runtime.exs");
    assertEquals(before.replace("5_000]", "5_000, query: \"TODO\", node_basename: \"TODO\"]"), after);
  }

  @Test
  void unknownKeyIsRenamed() {
    String before = "config :libcluster, topologies: [p: [strategy: Cluster.Strategy.DNSPoll,"
        + " config: [poll_interval: 5_000, query: \"a.internal\", node_basename: \"a\"]]]\n";
    String after = applyFirstFix(Map.of("config/runtime.exs", before),
        "libcluster-unknown-config-key", "config/runtime.exs");
    assertEquals(before.replace("poll_interval", "polling_interval"), after);
  }

  @Test
  void dependencyIsAddedToMixExs() {
    Map<String, String> files = new LinkedHashMap<>();
    String mix = """
        defmodule Gw.MixProject do
          use Mix.Project
          def project, do: [app: :gw, deps: deps()]

          defp deps do
            [
              {:libcluster, "~> 3.3"}
            ]
          end
        end
        """;
    files.put("mix.exs", mix);
    files.put("config/runtime.exs", "config :libcluster, topologies: [c: [strategy:"
        + " Cluster.Strategy.Consul, config: [list_using: [Cluster.Strategy.Consul.Agent]]]]\n");
    String after = applyFirstFix(files, "libcluster-strategy-needs-dependency", "mix.exs");
    assertEquals(mix.replace("\"~> 3.3\"}\n", "\"~> 3.3\"},\n      {:libcluster_consul, \">= 0.0.0\"}\n"),
        after);
  }
}
