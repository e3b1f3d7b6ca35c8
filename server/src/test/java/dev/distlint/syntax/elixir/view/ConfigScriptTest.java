package dev.distlint.syntax.elixir.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.syntax.elixir.ElixirFile;
import dev.distlint.syntax.elixir.ExBinary;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.Marked;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigScriptTest {
  private static final String RUNTIME = """
      import Config

      if System.get_env("PHX_SERVER") do
        config :chat, ChatWeb.Endpoint, server: true
      end

      if config_env() == :prod do
        database_url =
          System.get_env("DATABASE_URL") ||
            raise \"""
            environment variable DATABASE_URL is missing.
            For example: ecto://USER:PASS@HOST/DATABASE
            \"""

        config :chat, Chat.Repo,
          url: database_url,
          pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

        «config :libcluster,
          topologies: [
            chat: [
              strategy: «Cluster.Strategy.Kubernetes.DNS»,
              config: [
                service: System.get_env("CLUSTER_SERVICE") || raise("CLUSTER_SERVICE is missing"),
                application_name: "chat",
                polling_interval: 5_000
              ]
            ]
          ]»
      else
        config :libcluster, topologies: [local: [strategy: Cluster.Strategy.LocalEpmd]]
      end

      unless config_env() in [:dev, :test] do
        config :chat, :dns_cluster_query, System.get_env("DNS_CLUSTER_QUERY")
      end

      case config_env() do
        :test -> config :logger, level: :warning
        _ -> config :logger, level: :info
      end
      """;

  @Test
  void findsEveryConfigCallWithItsEnvironment() {
    Marked m = Marked.of(RUNTIME);
    ConfigScript script = ConfigScript.of(m.parse(), "config/runtime.exs");
    assertTrue(script.runtime());
    List<ConfigCall> calls = script.calls();
    assertEquals(7, calls.size());
    assertNull(calls.get(0).env());
    assertEquals("ChatWeb.Endpoint", calls.get(0).module());
    assertEquals("prod", calls.get(1).env());
    ConfigCall libcluster = script.forApp("libcluster").get(0);
    assertEquals("prod", libcluster.env());
    assertTrue(libcluster.runtime());
    assertEquals(m.range(0), libcluster.range());
    ExList chat = (ExList) ((ExList) libcluster.get("topologies").orElseThrow())
        .keywordValue("chat").orElseThrow();
    assertEquals(m.range(1), chat.keywordValue("strategy").orElseThrow().range());
    ExNode service = ((ExList) chat.keywordValue("config").orElseThrow())
        .keywordValue("service").orElseThrow();
    assertEquals("||", ((ExBinary) service).op());
    assertEquals("raise", ((ExCall) ((ExBinary) service).right()).name());

    ConfigCall local = script.forApp("libcluster").get(1);
    assertEquals("!prod", local.env());
    assertTrue(local.appliesTo("dev"));
    assertFalse(local.appliesTo("prod"));

    ConfigCall dns = script.forApp("chat").get(2);
    assertEquals("dns_cluster_query", dns.key());
    assertEquals("!dev,test", dns.env());
    assertTrue(dns.appliesTo("prod"));
    assertFalse(dns.appliesTo("test"));
    assertEquals("System.get_env", ((ExCall) dns.value().orElseThrow()).name());

    List<ConfigCall> logger = script.forApp("logger");
    assertEquals("test", logger.get(0).env());
    assertNull(logger.get(1).env());
  }

  @Test
  void fileNameGivesTheEnvironment() {
    ElixirFile file = ElixirFile.parse("""
        import Config
        config :logger, level: :info
        config :chat, ChatWeb.Endpoint, cache_static_manifest: "priv/static/cache_manifest.json"
        """);
    ConfigScript prod = ConfigScript.of(file, "/srv/app/config/prod.exs");
    assertEquals("prod", prod.fileEnv());
    assertFalse(prod.runtime());
    assertTrue(prod.calls().stream().allMatch(c -> "prod".equals(c.env())));
    assertEquals(1, prod.forModule("chat", "ChatWeb.Endpoint").size());
    ConfigScript base = ConfigScript.of(file, "config/config.exs");
    assertNull(base.fileEnv());
    assertNull(base.calls().get(0).env());
  }

  @Test
  void threeArgumentFormReadsLikeAKeyword() {
    Marked m = Marked.of("config :chat, «:dns_cluster_query», «[\"chat.internal\"]»\n"
        + "config :logger, :console, format: \"$message\\n\", metadata: [:request_id]\n");
    ConfigScript script = ConfigScript.of(m.parse(), "config/config.exs");
    ConfigCall query = script.calls().get(0);
    assertEquals("dns_cluster_query", query.key());
    assertEquals(m.range(1), query.get("dns_cluster_query").orElseThrow().range());
    assertEquals(m.range(0), query.options().keyword("dns_cluster_query").orElseThrow().keyRange());
    ConfigCall console = script.calls().get(1);
    assertEquals("console", console.key());
    assertTrue(((ExList) console.value().orElseThrow()).keyword("metadata").isPresent());
  }

  @Test
  void keywordIfFormAndMixEnvAreUnderstood() {
    ConfigScript script = ConfigScript.of(ElixirFile.parse("""
        if config_env() == :prod, do: config(:libcluster, debug: false), else: config(:libcluster, debug: true)
        if Mix.env() != :test do
          config :oban, Oban, peer: Oban.Peers.Postgres
        end
        """), "config/config.exs");
    List<ConfigCall> calls = script.calls();
    assertEquals("prod", calls.get(0).env());
    assertEquals("!prod", calls.get(1).env());
    assertEquals("!test", calls.get(2).env());
    assertEquals("Oban", calls.get(2).module());
  }

  @Test
  void halfTypedConfigStillYieldsItsCalls() {
    ConfigScript script = ConfigScript.of(ElixirFile.parse("""
        import Config
        config :libcluster,
          topologies:
        config :chat, key: [
        """), "config/runtime.exs");
    assertEquals(2, script.calls().size());
    assertTrue(script.calls().get(0).get("topologies").orElseThrow().isMissing());
  }
}
