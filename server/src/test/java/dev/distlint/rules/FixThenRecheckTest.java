package dev.distlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.base.Finding;
import dev.distlint.base.Fix;
import dev.distlint.support.Fixture;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Quick fixes applied to files as a user writes them, then checked again: the finding is gone,
 * no new finding of the same rule appears, and the text is what a user would have written.
 */
class FixThenRecheckTest {
  /** Applies the first fix of the rule's first finding to every file it edits. */
  private static Map<String, String> fixed(Map<String, String> files, String rule) {
    Finding f = new Fixture(files).findings().stream().filter(x -> x.ruleId().equals(rule))
        .findFirst().orElseThrow(() -> new AssertionError("no " + rule + " finding"));
    assertTrue(!f.fixes().isEmpty(), rule + " offers no fix");
    Fix fix = f.fixes().get(0);
    Map<String, String> out = new LinkedHashMap<>(files);
    for (String path : files.keySet()) {
      String text = files.get(path);
      List<Fix.FileEdit> edits = fix.edits().stream().filter(e -> e.path().equals(path))
          .sorted(Comparator.comparing((Fix.FileEdit e) -> e.range().start()).reversed())
          .toList();
      for (Fix.FileEdit e : edits) {
        text = text.substring(0, e.range().start()) + e.newText()
            + text.substring(e.range().end());
      }
      out.put(path, text);
    }
    List<String> still = new Fixture(out).findings().stream().map(Finding::ruleId)
        .filter(rule::equals).toList();
    assertEquals(List.of(), still, "after the fix: " + out);
    return out;
  }

  @Test
  void composeDistributionPortIsBoundToLoopback() {
    String compose = """
        services:
          chat:
            image: chat:1
            environment:
              RELEASE_DISTRIBUTION: name
            ports:
              - "4000:4000"
              - "4369:4369"
        """;
    var out = fixed(Map.of("docker-compose.yml", compose), "dist-port-publicly-exposed");
    assertEquals(compose.replace("\"4369:4369\"", "\"127.0.0.1:4369:4369\""),
        out.get("docker-compose.yml"));
  }

  @Test
  void overlappingPartitionPreventionIsTurnedBackOn() {
    String vmArgs = "-name chat@127.0.0.1\n-kernel prevent_overlapping_partitions false\n";
    var out = fixed(Map.of("rel/vm.args.eex", vmArgs), "global-overlapping-partitions-disabled");
    assertEquals(vmArgs.replace("false", "true"), out.get("rel/vm.args.eex"));
  }

  @Test
  void reversedListenRangeIsSwapped() {
    String vmArgs = "-kernel inet_dist_listen_min 9105\n-kernel inet_dist_listen_max 9100\n";
    var out = fixed(Map.of("rel/vm.args", vmArgs), "dist-listen-range-invalid");
    assertEquals("-kernel inet_dist_listen_min 9100\n-kernel inet_dist_listen_max 9105\n",
        out.get("rel/vm.args"));
  }

  @Test
  void broadcastPoolShrinksToThePool() {
    String app = """
        defmodule Chat.Application do
          use Application

          def start(_type, _args) do
            children = [
              {Phoenix.PubSub, name: Chat.PubSub, pool_size: 4, broadcast_pool_size: 8}
            ]

            Supervisor.start_link(children, strategy: :one_for_one)
          end
        end
        """;
    var out = fixed(Map.of("lib/chat/application.ex", app), "pubsub-broadcast-pool-larger");
    assertEquals(app.replace("broadcast_pool_size: 8", "broadcast_pool_size: 4"),
        out.get("lib/chat/application.ex"));
  }

  @Test
  void readinessProbeSkeletonOnTheServedPort() {
    String manifest = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          replicas: 2
          selector:
            matchLabels: {app: web}
          template:
            metadata:
              labels: {app: web}
            spec:
              containers:
                - name: web
                  image: web:1
                  ports:
                    - containerPort: 4000
                  env:
                    - {name: RELEASE_DISTRIBUTION, value: name}
        """;
    var out = fixed(Map.of("k8s/web.yaml", manifest), "k8s-readiness-probe-missing");
    assertEquals(manifest.replace("- name: web\n", "- name: web\n          readinessProbe:\n"
        + "            tcpSocket:\n              port: 4000\n"), out.get("k8s/web.yaml"));
  }

  @Test
  void gossipSecretIsReadFromTheEnvironment() {
    String runtime = """
        import Config

        config :libcluster,
          topologies: [
            lan: [
              strategy: Cluster.Strategy.Gossip,
              config: [
                port: 45892
              ]
            ]
          ]
        """;
    var out = fixed(Map.of("config/runtime.exs", runtime), "libcluster-gossip-no-secret");
    assertEquals(runtime.replace("port: 45892\n", "port: 45892,\n"
        + "        secret: System.fetch_env!(\"CLUSTER_GOSSIP_SECRET\")\n"),
        out.get("config/runtime.exs"));
  }

  @Test
  void obanTestingModeOutsideTestIsDisabled() {
    String config = "import Config\n\nconfig :chat, Oban, repo: Chat.Repo, testing: :manual\n";
    var out = fixed(Map.of("config/config.exs", config), "oban-testing-mode-outside-test");
    assertEquals(config.replace(":manual", ":disabled"), out.get("config/config.exs"));
  }

  @Test
  void kubernetesCookieComesFromASecret() {
    String manifest = """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: chat
        spec:
          template:
            spec:
              containers:
                - name: chat
                  image: chat:1
                  env:
                    - name: RELEASE_COOKIE
                      value: "not-a-secret"
        """;
    var out = fixed(Map.of("k8s/chat.yaml", manifest), "dist-cookie-literal");
    assertEquals(manifest.replace("value: \"not-a-secret\"\n", "valueFrom:\n"
        + "                secretKeyRef:\n                  name: release-cookie\n"
        + "                  key: cookie\n"), out.get("k8s/chat.yaml"));
  }

  @Test
  void composeCookieComesFromTheEnvironment() {
    String compose = """
        services:
          chat:
            image: chat:1
            environment:
              RELEASE_COOKIE: "not-a-secret"
        """;
    var out = fixed(Map.of("docker-compose.yml", compose), "dist-cookie-literal");
    assertEquals(compose.replace("not-a-secret", "${RELEASE_COOKIE:?set RELEASE_COOKIE}"),
        out.get("docker-compose.yml"));
  }

  @Test
  void misspelledRuleIdInSettingsIsRenamed() {
    String settings = "rules:\n  dist-cookie-literl: error\n";
    var out = fixed(Map.of(".distlint.yaml", settings), "settings-unknown-key");
    assertEquals(settings.replace("literl", "literal"), out.get(".distlint.yaml"));
  }

  @Test
  void trackerDownPeriodBecomesTheLibraryDefault() {
    String app = """
        defmodule Chat.Application do
          use Application

          def start(_type, _args) do
            children = [
              {Phoenix.PubSub, name: Chat.PubSub},
              {Chat.RoomTracker,
               name: Chat.RoomTracker,
               pubsub_server: Chat.PubSub,
               broadcast_period: 2_000,
               down_period: 3_000}
            ]

            Supervisor.start_link(children, strategy: :one_for_one)
          end
        end
        """;
    var out = fixed(Map.of("lib/chat/application.ex", app), "tracker-period-constraints");
    assertEquals(app.replace("down_period: 3_000", "down_period: 40_000"),
        out.get("lib/chat/application.ex"));
  }
}
