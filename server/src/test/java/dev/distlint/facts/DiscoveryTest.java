package dev.distlint.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscoveryTest {
  private static final String RUNTIME = """
      import Config

      if config_env() == :prod do
        k8s = [
          strategy: Cluster.Strategy.Kubernetes.DNS,
          config: [service: "chat-headless", application_name: "chat", polling_interval: 10_000]
        ]

        config :libcluster, topologies: [k8s: k8s]
      end

      config :chat, :dns_cluster_query, ["chat.internal", {"worker", "worker.internal"}]
      """;
  private static final String DEV = """
      import Config

      config :libcluster,
        topologies: [
          local: [strategy: Elixir.Cluster.Strategy.LocalEpmd],
          broken: [config: [hosts: []]],
          opaque: [strategy: Cluster.Strategy.Epmd, config: hosts_config()]
        ]
      """;
  private static final String APPLICATION = """
      defmodule Chat.Application do
        use Application
        alias Cluster.Strategy.{Gossip, Kubernetes}

        def start(_type, _args) do
          topologies = [
            gossip: [strategy: Gossip, config: [secret: "x"]],
            dns: [strategy: Kubernetes.DNS, config: [service: "s", application_name: "chat"]]
          ]

          children = [
            {Cluster.Supervisor, [topologies, [name: Chat.ClusterSupervisor]]},
            {Cluster.Supervisor, [Application.get_env(:libcluster, :topologies) || [], [name: B]]},
            {DNSCluster, query: Application.get_env(:chat, :dns_cluster_query) || :ignore},
            {DNSCluster, name: Other, query: :ignore},
            {Horde.DynamicSupervisor, [name: S, distribution_strategy: Horde.UniformQuorumDistribution]}
          ]

          Supervisor.start_link(children, strategy: :one_for_one)
        end
      end
      """;

  private final Workspace ws = Workspace.of(
      ParsedFile.of("config/runtime.exs", RUNTIME),
      ParsedFile.of("config/dev.exs", DEV),
      ParsedFile.of("lib/chat/application.ex", APPLICATION),
      ParsedFile.of("mix.exs", """
          defmodule Chat.MixProject do
            use Mix.Project
            def project, do: [app: :chat, deps: deps()]
            defp deps do
              [{:libcluster, "~> 3.3"}, {:dns_cluster, "~> 0.1.1"}]
            end
          end
          """));

  @Test
  void configTopologiesCarryTheirEnvironment() {
    List<Topology> runtime = Discovery.topologies(ws.file("config/runtime.exs"));
    assertEquals(1, runtime.size());
    Topology k8s = runtime.get(0);
    assertEquals("k8s", k8s.name());
    assertEquals("Cluster.Strategy.Kubernetes.DNS", k8s.strategy());
    assertEquals("chat-headless", k8s.configString("service").orElseThrow());
    assertEquals(10_000, k8s.configLong("polling_interval").getAsLong());
    assertTrue(k8s.runtime());
    assertTrue(k8s.prodOnly());
    assertEquals(Topology.Origin.CONFIG, k8s.origin());
  }

  @Test
  void missingAndOpaqueValuesStayApart() {
    List<Topology> dev = Discovery.topologies(ws.file("config/dev.exs"));
    assertEquals(List.of("local", "broken", "opaque"), dev.stream().map(Topology::name).toList());
    assertEquals("Cluster.Strategy.LocalEpmd", dev.get(0).strategy());
    assertTrue(dev.get(0).devOrTestOnly());
    assertNull(dev.get(1).strategyNode());
    assertTrue(dev.get(1).hasConfigKey("hosts"));
    assertFalse(dev.get(2).configKnown());
    assertTrue(dev.get(0).configKnown());
  }

  @Test
  void childTopologiesResolveVariablesAndAliases() {
    List<Topology> app = Discovery.topologies(ws.file("lib/chat/application.ex"));
    assertEquals(List.of("Cluster.Strategy.Gossip", "Cluster.Strategy.Kubernetes.DNS"),
        app.stream().map(Topology::strategy).toList());
    List<Discovery.ClusterSupervisor> sups = Discovery.of(ws).clusterSupervisors();
    assertEquals(2, sups.size());
    assertFalse(sups.get(0).fromConfig());
    assertTrue(sups.get(1).fromConfig());
    assertEquals(6, Discovery.of(ws).topologies().size());
  }

  @Test
  void dnsClusterQueriesFollowTheAppEnv() {
    List<DnsClusterChild> dns = Discovery.of(ws).dnsClusters();
    assertEquals(2, dns.size());
    DnsClusterChild first = dns.get(0);
    assertEquals(DnsClusterChild.QueryKind.APP_ENV, first.queryKind());
    assertTrue(first.ignoreFallback());
    assertEquals("chat", first.envApp());
    assertEquals(List.of("chat.internal", "worker.internal"), first.literalQueries());
    assertEquals(DnsClusterChild.QueryKind.IGNORE, dns.get(1).queryKind());
  }

  @Test
  void librariesReadDepsAndChildSpecs() {
    assertTrue(Libraries.hasDep(ws, "dns_cluster"));
    assertFalse(Libraries.hasDep(ws, "ra"));
    assertTrue(Libraries.usesQuorum(ws));
    assertFalse(Libraries.usesQuorum(Workspace.of(ParsedFile.of("mix.exs",
        "defmodule M do\n  def project, do: [deps: [{:horde, \"~> 0.9\"}]]\nend\n"))));
    assertTrue(Libraries.usesQuorum(Workspace.of(ParsedFile.of("mix.exs",
        "defmodule M do\n  def project, do: [deps: [{:ra, \"~> 2.0\"}]]\nend\n"))));
  }
}
