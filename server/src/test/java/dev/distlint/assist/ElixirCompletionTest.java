package dev.distlint.assist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ElixirCompletionTest {
  private static final String RUNTIME = "config/runtime.exs";
  private static final String APP = "lib/chat/application.ex";

  private static void has(Editor.Completion c, String... labels) {
    for (String l : labels) {
      assertTrue(c.contains(l), "missing " + l + " in " + c);
    }
  }

  private static void lacks(Editor.Completion c, String... labels) {
    for (String l : labels) {
      assertFalse(c.contains(l), "unexpected " + l + " in " + c);
    }
  }

  @Test
  void libclusterAppEnvKeys() {
    var c = Editor.of("import Config\n\nconfig :libcluster,\n  ‸", RUNTIME).completion();
    has(c, "topologies", "debug");
    assertEquals("topologies: [$0]", c.item("topologies").insertText());
  }

  @Test
  void topologyKeysInUnclosedBrackets() {
    var c = Editor.of("config :libcluster,\n  topologies: [\n    k8s: [\n      ‸", RUNTIME)
        .completion();
    has(c, "strategy", "config", "connect", "disconnect", "list_nodes");
    lacks(c, "topologies");
  }

  @Test
  void keysAlreadyWrittenAreNotOfferedAgain() {
    var c = Editor.of("config :libcluster,\n  topologies: [\n    k8s: [strategy: Cluster.Strategy.Epmd, ‸",
        RUNTIME).completion();
    has(c, "config");
    lacks(c, "strategy");
  }

  @Test
  void strategyModulesMidWord() {
    var c = Editor.of("config :libcluster,\n  topologies: [\n    k8s: [\n      strategy: Cluster.Strategy.‸",
        RUNTIME).completion();
    has(c, "Cluster.Strategy.Kubernetes", "Cluster.Strategy.DNSPoll", "Cluster.Strategy.Gossip",
        "Cluster.Strategy.Consul", "ClusterEC2.Strategy.Tags");
    assertEquals("Cluster.Strategy.", c.replaced("Cluster.Strategy.Kubernetes"));
    assertTrue(c.item("Cluster.Strategy.Consul").detail().contains("libcluster_consul"));
    assertTrue(c.item("Cluster.Strategy.Kubernetes").detail().contains("libcluster"));
  }

  @Test
  void strategyConfigKeysFromTheChosenStrategy() {
    var c = Editor.of("config :libcluster,\n  topologies: [k8s: [strategy: Cluster.Strategy.Kubernetes, config: [‸]]]",
        RUNTIME).completion();
    has(c, "kubernetes_selector", "kubernetes_node_basename", "mode", "polling_interval",
        "kubernetes_ip_lookup_mode");
    lacks(c, "query", "hosts");
    assertTrue(c.item("polling_interval").detail().contains("5_000"), c.item("polling_interval").detail());
    assertTrue(c.item("kubernetes_selector").detail().contains("required"));
    assertTrue(c.item("kubernetes_selector").documentation().contains("label"));
  }

  @Test
  void configListMissingItsClosingBrackets() {
    String text = "import Config\n\nconfig :libcluster,\n  topologies: [\n    dns: [\n"
        + "      strategy: Cluster.Strategy.DNSPoll,\n      config: [\n        query: \"app.internal\",\n"
        + "        ‸\n\nconfig :logger, level: :info\n";
    var c = Editor.of(text, RUNTIME).completion();
    has(c, "node_basename", "polling_interval");
    lacks(c, "query", "poll_interval", "kubernetes_selector");
  }

  @Test
  void strategyWrittenAfterConfigIsFound() {
    var c = Editor.of("config :libcluster,\n  topologies: [\n    g: [\n      config: [‸],\n"
        + "      strategy: Cluster.Strategy.Gossip\n    ]\n  ]\n", RUNTIME).completion();
    has(c, "secret", "multicast_ttl");
  }

  @Test
  void atomValuesOfModeAndLookupMode() {
    String head = "config :libcluster,\n  topologies: [k8s: [strategy: Cluster.Strategy.Kubernetes, config: [";
    var mode = Editor.of(head + "mode: ‸", RUNTIME).completion();
    has(mode, ":ip", ":dns", ":hostname");
    var typed = Editor.of(head + "mode: :d‸", RUNTIME).completion();
    assertEquals(":d", typed.replaced(":dns"));
    var lookup = Editor.of(head + "kubernetes_ip_lookup_mode: ‸", RUNTIME).completion();
    has(lookup, ":endpoints", ":pods");
  }

  @Test
  void topologySnippetsPerStrategyIncludingRuntimeVariants() {
    var c = Editor.of("config :libcluster,\n  topologies: [\n    ‸\n  ]\n", RUNTIME).completion();
    has(c, "libcluster: Kubernetes API (label selector)",
        "libcluster: Kubernetes API from the environment (runtime.exs)",
        "libcluster: DNSPoll from DNS_CLUSTER_QUERY (runtime.exs)",
        "libcluster_consul: Consul service");
    String body = c.item("libcluster: Kubernetes API (label selector)").insertText();
    assertTrue(body.startsWith("${1:k8s}: ["), body);
    assertTrue(body.contains("kubernetes_selector") && body.contains("kubernetes_node_basename"));
    assertFalse(body.contains("topologies"), body);
    assertTrue(body.contains("\n    "), "continuation lines are indented: " + body);
  }

  @Test
  void wholeConfigSnippetsAtStatementLevel() {
    var c = Editor.of("import Config\n\n‸", RUNTIME).completion();
    has(c, "libcluster: DNSPoll from DNS_CLUSTER_QUERY (runtime.exs)", "Partisan with HyParView");
    assertTrue(c.item("libcluster: DNSPoll from DNS_CLUSTER_QUERY (runtime.exs)").insertText()
        .startsWith("config :libcluster"));
  }

  @Test
  void applicationNamesAfterConfig() {
    var c = Editor.of("config :‸", "config/config.exs").completion();
    has(c, ":libcluster", ":kernel", ":ra", ":aten", ":partisan");
  }

  @Test
  void kernelRaAtenKeys() {
    has(Editor.of("config :kernel,\n  ‸", "config/prod.exs").completion(),
        "net_ticktime", "net_tickintensity", "inet_dist_listen_min", "prevent_overlapping_partitions");
    var ra = Editor.of("config :ra, ‸", "config/config.exs").completion();
    has(ra, "data_dir", "wal_sync_method");
    lacks(ra, "pre_vote", "election_timeout", "heartbeat_interval");
    has(Editor.of("config :ra, wal_sync_method: ‸", "config/config.exs").completion(),
        ":datasync", ":sync", ":none");
    has(Editor.of("config :aten,\n  ‸", "config/config.exs").completion(),
        "poll_interval", "heartbeat_interval", "detection_threshold");
  }

  @Test
  void configCallEndsAtACompleteLine() {
    var c = Editor.of("config :kernel, net_ticktime: 30\n‸", "config/config.exs").completion();
    lacks(c, "net_tickintensity");
  }

  @Test
  void partisanKeysValuesAndHyparview() {
    has(Editor.of("config :partisan,\n  ‸", "config/config.exs").completion(),
        "peer_service_manager", "hyparview", "listen_addrs");
    lacks(Editor.of("config :partisan,\n  ‸", "config/config.exs").completion(), "peer_service");
    has(Editor.of("config :partisan, peer_service_manager: ‸", "config/config.exs").completion(),
        ":partisan_hyparview_peer_service_manager", ":partisan_pluggable_peer_service_manager");
    has(Editor.of("config :partisan,\n  hyparview: [‸", "config/config.exs").completion(),
        "active_max_size", "passive_max_size", "shuffle_interval");
  }

  @Test
  void obanKeysPeersAndPlugins() {
    var keys = Editor.of("config :chat, Oban,\n  repo: Chat.Repo,\n  ‸", "config/config.exs")
        .completion();
    has(keys, "queues", "plugins", "peer", "notifier", "testing", "shutdown_grace_period");
    lacks(keys, "repo");
    has(Editor.of("config :chat, Oban, peer: ‸", "config/config.exs").completion(),
        "Oban.Peers.Database", "Oban.Peers.Global", "false");
    var plugins = Editor.of("config :chat, Oban,\n  plugins: [‸", "config/config.exs").completion();
    has(plugins, "Oban.Cron", "Oban.Pruner", "Oban.Lifeline");
    has(Editor.of("config :chat, Oban, plugins: [Oban.Pruner, {‸", "config/config.exs")
        .completion(), "Oban.Cron");
    has(Editor.of("config :chat, Oban, plugins: [{Oban.Cron, ‸", "config/config.exs")
        .completion(), "crontab", "timezone");
    has(Editor.of("config :chat, ‸", "config/config.exs").completion(), "Oban");
  }

  @Test
  void childSpecTuplesInChildrenLists() {
    String app = "defmodule Chat.Application do\n  use Application\n\n  def start(_type, _args) do\n"
        + "    children = [\n      Chat.Repo,\n      ‸\n";
    var c = Editor.of(app, APP).completion();
    has(c, "{Cluster.Supervisor, ...}", "{DNSCluster, ...}", "{Horde.Registry, ...}",
        "{Horde.DynamicSupervisor, ...}", "{Phoenix.PubSub, ...}", "{DeltaCrdt, ...}",
        "{Oban, ...}");
    assertTrue(c.item("{DeltaCrdt, ...}").insertText().contains("crdt: DeltaCrdt.AWLWWMap"));
    assertTrue(c.item("{Cluster.Supervisor, ...}").insertText().contains("topologies"));
  }

  @Test
  void noChildSnippetsInKeywordListsOrMaps() {
    assertTrue(Editor.of("def start(_, _) do\n  opts = [strategy: :one_for_one, ‸", APP)
        .completion().isEmpty());
    assertTrue(Editor.of("def start(_, _) do\n  children = [\n    %{‸", APP).completion()
        .isEmpty());
  }

  @Test
  void childModulesAtTheHeadOfATuple() {
    var c = Editor.of("def start(_, _) do\n  children = [\n    {Hor‸", APP).completion();
    has(c, "Horde.Registry", "Horde.DynamicSupervisor", "Cluster.Supervisor");
    assertEquals("Hor", c.replaced("Horde.Registry"));
    assertTrue(c.item("Horde.Registry").insertText().startsWith("Horde.Registry, name:"));
  }

  @Test
  void childOptionKeys() {
    String head = "def start(_, _) do\n  children = [\n    ";
    has(Editor.of(head + "{Horde.Registry, name: Chat.Registry, ‸", APP).completion(),
        "keys", "members", "delta_crdt_options");
    has(Editor.of(head + "{Horde.DynamicSupervisor, [name: Chat.Sup, ‸", APP).completion(),
        "strategy", "distribution_strategy", "process_redistribution");
    has(Editor.of(head + "{Horde.DynamicSupervisor, distribution_strategy: ‸", APP).completion(),
        "Horde.UniformQuorumDistribution", "Horde.UniformDistribution");
    has(Editor.of(head + "{Horde.Registry, delta_crdt_options: [‸", APP).completion(),
        "sync_interval");
    has(Editor.of(head + "{DNSCluster, ‸", APP).completion(), "query", "resource_types",
        "interval", "connect_timeout");
    has(Editor.of(head + "{Phoenix.PubSub, name: Chat.PubSub, ‸", APP).completion(),
        "adapter", "pool_size");
    has(Editor.of(head + "{DeltaCrdt, crdt: ‸", APP).completion(), "DeltaCrdt.AWLWWMap");
    has(Editor.of(head + "{Oban, ‸", APP).completion(), "repo", "queues");
  }

  @Test
  void nothingInsideStringsOrCommentsOrUnknownPlaces() {
    assertTrue(Editor.of("config :libcluster, topologies: \"‸", RUNTIME).completion().isEmpty());
    assertTrue(Editor.of("x = foo(‸", RUNTIME).completion().isEmpty());
    assertTrue(Editor.of("config :unknown_app, some: [‸", RUNTIME).completion().isEmpty());
  }

  @Test
  void unknownStrategyOffersNoKeys() {
    var c = Editor.of("config :libcluster, topologies: [x: [strategy: My.Strategy, config: [‸",
        RUNTIME).completion();
    assertTrue(c.isEmpty(), c.toString());
  }
}
