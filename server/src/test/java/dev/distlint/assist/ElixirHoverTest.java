package dev.distlint.assist;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ElixirHoverTest {
  private static final String RUNTIME = "config/runtime.exs";

  private static void has(Editor.Hover h, String... fragments) {
    for (String f : fragments) {
      assertTrue(h.contains(f), "missing \"" + f + "\" in hover:\n" + h);
    }
  }

  @Test
  void netTicktimeShowsTheDetectionWindow() {
    has(Editor.of("config :kernel, net_tick‸time: 60", "config/config.exs").hover(),
        "45", "75", "a tick every 15 s", "net_tickintensity 4, the default");
    has(Editor.of("config :kernel,\n  net_ticktime‸: 20,\n  net_tickintensity: 5", "config/prod.exs")
        .hover(), "a tick every 4 s", "between 16 and 24 s", "net_tickintensity 5)");
  }

  @Test
  void strategyConfigKeyHoverWithSeconds() {
    var h = Editor.of("config :libcluster, topologies: [k8s: [strategy: Cluster.Strategy.Kubernetes,"
        + " config: [polling_in‸terval: 10_000]]]", RUNTIME).hover();
    has(h, "10000 ms = 10 s", "5_000", "kubernetes.ex");
  }

  @Test
  void hoverWorksInHalfTypedText() {
    var h = Editor.of("config :libcluster,\n  topologies: [\n    k8s: [\n"
        + "      strategy: Cluster.Strategy.Kubernetes,\n      config: [\n        mo‸de: :ip,\n",
        RUNTIME).hover();
    has(h, "`mode`", ":hostname");
  }

  @Test
  void atomValueHoverExplainsTheValue() {
    has(Editor.of("config :libcluster, topologies: [k8s: [strategy: Cluster.Strategy.Kubernetes,"
        + " config: [kubernetes_ip_lookup_mode: :end‸points]]]", RUNTIME).hover(),
        "`:endpoints`: list Endpoints", "readiness");
  }

  @Test
  void strategyModuleHover() {
    var h = Editor.of("config :libcluster, topologies: [k8s: [strategy: Cluster.Strategy.Kuber‸netes]]",
        RUNTIME).hover();
    has(h, "kubernetes_selector", "RELEASE_NODE", "Required keys");
    has(Editor.of("config :libcluster, topologies: [c: [strategy: Cluster.Strategy.Con‸sul]]",
        RUNTIME).hover(), "libcluster_consul");
  }

  @Test
  void raNotKeysExplainThemselves() {
    var h = Editor.of("config :ra,\n  pre_v‸ote: true", "config/config.exs").hover();
    has(h, "is not a key");
    has(Editor.of("config :ra, election_‸timeout: 1000", "config/config.exs").hover(),
        "is not a key");
  }

  @Test
  void raStartClusterMemberList() {
    var h = Editor.of("defmodule Chat.Raft do\n  def start do\n    :ra.start_cluster(:default, :chat,"
        + " {:module, Chat.Machine, %{}}, [{:chat, :\"a@h\"}, {:chat, :\"b@h\"}, ‸{:chat, :\"c@h\"}])\n"
        + "  end\nend\n", "lib/chat/raft.ex").hover();
    has(h, "3 members: quorum 2, tolerates 1 failure");
  }

  @Test
  void hordeStaticMembers() {
    var h = Editor.of("children = [\n  {Horde.Registry, name: R, keys: :unique, mem‸bers: "
        + "[{R, :\"a@h\"}, {R, :\"b@h\"}, {R, :\"c@h\"}, {R, :\"d@h\"}]}\n]", "lib/chat/application.ex")
        .hover();
    has(h, "4 members: quorum 3, tolerates 1 failure", "no more failures than 3");
  }

  @Test
  void childAndPluginModules() {
    has(Editor.of("children = [{Horde.Dynamic‸Supervisor, strategy: :one_for_one}]",
        "lib/chat/application.ex").hover(), "distribution_strategy");
    has(Editor.of("config :chat, Oban, peer: Oban.Peers.Glo‸bal", "config/config.exs").hover(),
        "netsplit");
    has(Editor.of("config :chat, Oban, plugins: [Oban.Pru‸ner]", "config/config.exs").hover(),
        "max_age");
  }

  @Test
  void partisanAndAten() {
    has(Editor.of("config :partisan, hyparview: [active_max‸_size: 6]", "config/config.exs")
        .hover(), "active_max_size");
    has(Editor.of("config :aten, poll_inter‸val: 1000", "config/config.exs").hover(),
        "1000 ms = 1 s");
  }

  @Test
  void noHoverOnUnknownThings() {
    assertFalse(Editor.of("config :my_app, fo‸o: 1", "config/config.exs").hover().isPresent());
    assertFalse(Editor.of("‸", "config/config.exs").hover().isPresent());
  }
}
