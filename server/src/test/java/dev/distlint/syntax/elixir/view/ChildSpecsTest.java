package dev.distlint.syntax.elixir.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.syntax.elixir.ExBinary;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExVar;
import dev.distlint.syntax.elixir.Marked;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildSpecsTest {
  private static final String APPLICATION = """
      defmodule Chat.Application do
        @moduledoc false
        use Application

        @impl true
        def start(_type, _args) do
          topologies = Application.get_env(:libcluster, :topologies) || []

          children = [
            ChatWeb.Telemetry,
            Chat.Repo,
            «{DNSCluster, «query: Application.get_env(:chat, :dns_cluster_query) || :ignore»}»,
            {Phoenix.PubSub, name: Chat.PubSub},
            «{Cluster.Supervisor, [topologies, [name: Chat.ClusterSupervisor]]}»,
            {Horde.Registry, [name: Chat.Registry, keys: :unique, members: :auto]},
            {Horde.DynamicSupervisor,
             [name: Chat.RoomSupervisor, strategy: :one_for_one, distribution_strategy: Horde.UniformQuorumDistribution]},
            {Oban, Application.fetch_env!(:chat, Oban)},
            Supervisor.child_spec({Task, fn -> :ok end}, id: :warmup),
            Chat.Presence.child_spec([]),
            %{id: :ra, start: {:ra_system, :start, [[name: :chat_ra]]}},
            ChatWeb.Endpoint
          ] ++ extra_children()

          opts = [strategy: :one_for_one, name: Chat.Supervisor]
          Supervisor.start_link(children, opts)
        end

        defp extra_children do
          topologies = :unused
          []
        end
      end
      """;

  @Test
  void readsEveryKindOfChild() {
    Marked m = Marked.of(APPLICATION);
    ChildSpecs specs = ChildSpecs.of(m.parse());
    List<String> modules = specs.children().stream().map(ChildSpec::module).toList();
    assertEquals(List.of("ChatWeb.Telemetry", "Chat.Repo", "DNSCluster", "Phoenix.PubSub",
        "Cluster.Supervisor", "Horde.Registry", "Horde.DynamicSupervisor", "Oban", "Task",
        "Chat.Presence", ":ra_system", "ChatWeb.Endpoint"), modules);
    ChildSpec dns = specs.find("DNSCluster").orElseThrow();
    assertEquals(m.range(0), dns.range());
    assertEquals(m.range(1), dns.args().range());
    assertEquals("||", ((ExBinary) dns.option("query").orElseThrow()).op());
    assertNull(specs.find("ChatWeb.Telemetry").orElseThrow().args());
    ChildSpec horde = specs.find("Horde.DynamicSupervisor").orElseThrow();
    assertEquals("Horde.UniformQuorumDistribution",
        horde.option("distribution_strategy").flatMap(ExNode::asAliasName).orElseThrow());
    assertEquals("Task", specs.children().get(8).module());
    assertTrue(specs.children().get(8).range().length() > "{Task, fn -> :ok end}".length());
  }

  @Test
  void resolvesAVariableBoundEarlierInTheSameFunction() {
    Marked m = Marked.of(APPLICATION);
    ChildSpecs specs = ChildSpecs.of(m.parse());
    ChildSpec cluster = specs.find("Cluster.Supervisor").orElseThrow();
    assertEquals(m.range(2), cluster.range());
    ExNode first = ((ExList) cluster.args()).items().get(0);
    ExVar topologies = (ExVar) first;
    ExNode value = specs.resolveVariable(topologies.name(), topologies.range().start())
        .orElseThrow();
    ExCall getEnv = (ExCall) ((ExBinary) value).left();
    assertEquals("Application.get_env", getEnv.name());
    assertEquals("libcluster", getEnv.args().get(0).asAtomName().orElseThrow());
    assertTrue(specs.resolveVariable("topologies", 0).isEmpty());
  }

  @Test
  void followsVariablesConditionalsAndConcatenation() {
    ChildSpecs specs = ChildSpecs.of(Marked.of("""
        defmodule Chat.Application do
          use Application

          def start(_type, _args) do
            base = [Chat.Repo]
            cluster = if Application.get_env(:chat, :clustered), do: [{Cluster.Supervisor, [[], []]}], else: []
            Supervisor.start_link(base ++ cluster ++ [ChatWeb.Endpoint], strategy: :one_for_one)
          end
        end
        """).parse());
    assertEquals(List.of("Chat.Repo", "Cluster.Supervisor", "ChatWeb.Endpoint"),
        specs.children().stream().map(ChildSpec::module).toList());
  }
}
