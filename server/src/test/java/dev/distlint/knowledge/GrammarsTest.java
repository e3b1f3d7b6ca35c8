package dev.distlint.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GrammarsTest {

  private static final Path GRAMMAR_DIR = Path.of("..", "grammars");
  private final Grammars grammars = Grammars.load();

  @Test
  void everyListedFileLoadsAsItsDialect() {
    assertEquals(Grammars.FILES.size(), grammars.dialects().size());
    for (String file : Grammars.FILES) {
      String id = file.replace(".yaml", "");
      assertTrue(grammars.dialect(id).isPresent(), id);
    }
  }

  @Test
  void everyGrammarFileInTheFolderIsListed() throws IOException {
    try (Stream<Path> files = Files.list(GRAMMAR_DIR)) {
      List<String> onDisk = files.map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".yaml")).sorted().toList();
      assertEquals(Grammars.FILES.stream().sorted().toList(), onDisk);
    }
  }

  @Test
  void everyKeyHasADocAndASource() {
    for (Dialect dialect : grammars.dialects()) {
      for (Context context : dialect.contexts()) {
        assertNotNull(context.source(), dialect.id() + "/" + context.id());
        for (KeySpec key : context.keys()) {
          String where = dialect.id() + "/" + context.id() + "/" + key.name();
          assertFalse(key.doc().isBlank(), where);
          assertNotNull(key.source(), where);
          assertTrue(key.source().repo() != null || key.source().url() != null, where);
        }
        for (NotKey notKey : context.notKeys()) {
          assertFalse(notKey.reason().isBlank(), notKey.name());
          assertNotNull(notKey.source(), notKey.name());
        }
      }
    }
  }

  @Test
  void keyNamesAreUniqueWithinAContext() {
    for (Dialect dialect : grammars.dialects()) {
      for (Context context : dialect.contexts()) {
        List<String> names = context.keyNames();
        assertEquals(names.size(), names.stream().distinct().count(),
            dialect.id() + "/" + context.id());
        for (NotKey notKey : context.notKeys()) {
          assertTrue(context.key(notKey.name()).isEmpty(),
              notKey.name() + " is both a key and not a key in " + context.id());
        }
      }
    }
  }

  @Test
  void libclusterRequiredKeysFollowTheStrategySources() {
    Map<String, List<String>> expected = Map.of(
        "Cluster.Strategy.Kubernetes", List.of("kubernetes_node_basename", "kubernetes_selector"),
        "Cluster.Strategy.Kubernetes.DNS", List.of("service", "application_name"),
        "Cluster.Strategy.Kubernetes.DNSSRV", List.of("service", "application_name", "namespace"),
        "Cluster.Strategy.Rancher", List.of("node_basename"),
        "Cluster.Strategy.Consul", List.of("list_using"),
        "Cluster.Strategy.DNSPoll", List.of("query", "node_basename"),
        "Cluster.Strategy.Epmd", List.of("hosts"),
        "Cluster.Strategy.LocalEpmd", List.of(),
        "Cluster.Strategy.Gossip", List.of(),
        "Cluster.Strategy.ErlangHosts", List.of());
    expected.forEach((module, keys) -> {
      StrategySpec strategy = grammars.libclusterStrategy(module).orElseThrow();
      assertEquals(keys.stream().sorted().toList(),
          strategy.requiredKeys().stream().sorted().toList(), module);
    });
  }

  @Test
  void strategiesKnowTheirPackage() {
    assertTrue(grammars.libclusterStrategy("Cluster.Strategy.Kubernetes").orElseThrow().isCore());
    StrategySpec consul = grammars.libclusterStrategy("Cluster.Strategy.Consul").orElseThrow();
    assertEquals("libcluster_consul", consul.packageName());
    assertFalse(consul.isCore());
    assertEquals("libcluster_ec2",
        grammars.libclusterStrategy("ClusterEC2.Strategy.Tags").orElseThrow().packageName());
    assertEquals("libcluster_postgres",
        grammars.libclusterStrategy("LibclusterPostgres.Strategy").orElseThrow().packageName());
    assertTrue(grammars.libclusterStrategy("Elixir.Cluster.Strategy.DNSPoll").isPresent());
    assertTrue(grammars.libclusterStrategy("Cluster.Strategy.Nope").isEmpty());
  }

  @Test
  void consulKeysAreVersioned() {
    StrategySpec consul = grammars.libclusterStrategy("Cluster.Strategy.Consul").orElseThrow();
    assertEquals("1.1.0", consul.key("service").orElseThrow().since());
    KeySpec serviceName = consul.key("service_name").orElseThrow();
    assertTrue(serviceName.deprecated());
    assertEquals("service", serviceName.renamedTo());
  }

  @Test
  void everyStrategySnippetContainsItsRequiredKeys() {
    for (StrategySpec strategy : grammars.libclusterStrategies()) {
      assertFalse(strategy.snippets().isEmpty(), strategy.module());
      for (Snippet snippet : strategy.snippets()) {
        Pattern strategyLine = Pattern.compile(
            "strategy: " + Pattern.quote(strategy.module()) + "(?![\\w.])");
        assertTrue(strategyLine.matcher(snippet.body()).find(), snippet.label());
        for (String key : strategy.requiredKeys()) {
          assertTrue(snippet.body().contains(key + ":"), snippet.label() + " lacks " + key);
        }
      }
    }
  }

  @Test
  void strategiesWithOptionsOfferAnEnvironmentDrivenRuntimeSnippet() {
    for (StrategySpec strategy : grammars.libclusterStrategies()) {
      assertNotNull(strategy.nodeName(), strategy.module());
      List<String> files = strategy.snippets().stream().map(Snippet::file).toList();
      if (strategy.isCore()) {
        assertNotNull(strategy.envSh(), strategy.module());
        assertTrue(files.contains("config.exs"), strategy.module());
      }
      if (!strategy.knownKeys().isEmpty()) {
        assertTrue(files.contains("runtime.exs"), strategy.module());
        assertTrue(strategy.snippets().stream().filter(s -> s.file().equals("runtime.exs"))
            .allMatch(s -> s.body().contains("System.")), strategy.module());
      }
    }
  }

  @Test
  void snippetBodiesUseValidSnippetSyntax() {
    Pattern dollar = Pattern.compile("\\\\\\$|\\$\\{\\d+[:|]|\\$\\d+|\\$");
    for (Dialect dialect : grammars.dialects()) {
      for (Context context : dialect.contexts()) {
        for (Snippet snippet : context.snippets()) {
          Matcher m = dollar.matcher(snippet.body());
          while (m.find()) {
            assertFalse(m.group().equals("$"), "unescaped $ in " + snippet.label());
          }
        }
      }
    }
  }

  @Test
  void dnsPollSuggestsPollingIntervalForPollInterval() {
    List<String> dnsPollKeys = grammars.libclusterStrategy("Cluster.Strategy.DNSPoll")
        .orElseThrow().knownKeys();
    assertEquals("polling_interval",
        grammars.didYouMean("poll_interval", dnsPollKeys).orElseThrow());
    NotKey notKey = grammars.notKey("libcluster", "Cluster.Strategy.DNSPoll", "poll_interval")
        .orElseThrow();
    assertEquals("polling_interval", notKey.useInstead());
  }

  @Test
  void raHasNoPreVoteOrElectionKeys() {
    List<String> raKeys = grammars.keysFor("ra", "app_env").stream().map(KeySpec::name).toList();
    assertFalse(raKeys.isEmpty());
    for (String wrong : List.of("pre_vote", "election_timeout", "heartbeat_interval")) {
      assertFalse(raKeys.contains(wrong), wrong);
      NotKey notKey = grammars.notKey("ra", "app_env", wrong).orElseThrow();
      assertFalse(notKey.reason().isBlank());
    }
    assertTrue(grammars.key("aten", "app_env", "heartbeat_interval").isPresent());
  }

  @Test
  void partisanRecordsRenamedKeys() {
    KeySpec arwl = grammars.key("partisan", "hyparview", "arwl").orElseThrow();
    assertTrue(arwl.deprecated());
    assertEquals("active_rwl", arwl.renamedTo());
    assertEquals("peer_service_manager",
        grammars.didYouMean("peer_service", grammars.context("partisan", "app_env")
            .orElseThrow().keyNames()).orElseThrow());
  }

  @Test
  void lookupHelpersFindKernelFlagsAndEnv() {
    KeySpec ticktime = grammars.kernelParam("net_ticktime").orElseThrow();
    assertEquals("60", ticktime.defaultValue());
    assertEquals("s", ticktime.unit());
    assertTrue(grammars.kernelParam("net_tickintensity").orElseThrow().range().contains(4));
    assertFalse(grammars.kernelParam("net_tickintensity").orElseThrow().range().contains(3));
    KeySpec protoDist = grammars.vmFlag("-proto_dist").orElseThrow();
    assertTrue(protoDist.acceptsValue("inet6_tcp"));
    assertFalse(protoDist.acceptsValue("inet7_tcp"));
    assertNotNull(grammars.releaseEnv("POD_IP").orElseThrow().provenance());
    assertTrue(grammars.releaseEnv("FLY_PRIVATE_IP").isPresent());
    assertEquals("fly", grammars.releaseEnvContext("FLY_PRIVATE_IP").orElseThrow().id());
  }

  @Test
  void platformDefaultsMatchTheirReferences() {
    assertEquals("30", grammars.key("kubernetes", "pod_spec", "terminationGracePeriodSeconds")
        .orElseThrow().defaultValue());
    Map<String, String> probe = Map.of("periodSeconds", "10", "timeoutSeconds", "1",
        "failureThreshold", "3", "initialDelaySeconds", "0");
    probe.forEach((key, value) -> assertEquals(value,
        grammars.key("kubernetes", "probe", key).orElseThrow().defaultValue(), key));
    assertEquals("10s", grammars.key("compose", "service", "stop_grace_period")
        .orElseThrow().defaultValue());
    assertEquals("5", grammars.key("fly", "top", "kill_timeout").orElseThrow().defaultValue());
  }

  @Test
  void hoverShowsDocDefaultUnitValuesAndSource() {
    Context kubernetes = grammars.context("libcluster", "Cluster.Strategy.Kubernetes")
        .orElseThrow();
    String mode = grammars.hover(kubernetes, kubernetes.key("mode").orElseThrow());
    assertTrue(mode.contains("`:ip`"), mode);
    assertTrue(mode.contains("`:hostname`"), mode);
    assertTrue(mode.contains("Default: `:ip`"), mode);
    assertTrue(mode.contains("bitwalker/libcluster lib/strategy/kubernetes.ex"), mode);
    String polling = grammars.hover(kubernetes, kubernetes.key("polling_interval").orElseThrow());
    assertTrue(polling.contains("`5_000` ms"), polling);
    Context ra = grammars.context("ra", "app_env").orElseThrow();
    String preVote = grammars.hover(ra, ra.notKey("pre_vote").orElseThrow());
    assertTrue(preVote.contains("is not a key"), preVote);
    assertTrue(preVote.contains("built-in"), preVote);
  }

  @Test
  void everyTypeIsKnown() {
    List<String> unknown = new ArrayList<>();
    for (Dialect dialect : grammars.dialects()) {
      for (Context context : dialect.contexts()) {
        for (KeySpec key : context.keys()) {
          key.types().stream().filter(t -> !GrammarLoader.TYPES.contains(t))
              .forEach(t -> unknown.add(key.name() + ":" + t));
        }
      }
    }
    assertEquals(List.of(), unknown);
  }
}
