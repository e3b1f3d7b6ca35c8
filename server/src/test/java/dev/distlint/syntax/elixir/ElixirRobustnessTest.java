package dev.distlint.syntax.elixir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.base.TextRange;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ElixirRobustnessTest {
  static final String SAMPLE = """
      import Config

      # Cluster formation for Kubernetes
      if config_env() == :prod do
        topologies = [
          k8s: [
            strategy: Cluster.Strategy.Kubernetes.DNS,
            config: [service: System.get_env("SERVICE") || raise("SERVICE missing"),
                     application_name: "chat", polling_interval: 5_000]
          ]
        ]
        config :libcluster, topologies: topologies
        config :chat, ChatWeb.Endpoint,
          url: [host: "#{System.get_env("HOST")}.example.com", port: 443],
          check_origin: ~w(//example.com //*.example.com)
      else
        config :logger, :console, format: '$time $message\\n', metadata: [:request_id]
      end
      children = [{Horde.Registry, [name: Chat.Registry, keys: :unique, members: :auto]},
                  %{id: :x, start: {Mod, :start_link, [[a: 1]]}}, fn x -> x * 2 end]
      @doc \"\"\"
      Heredoc #{1 + 2}
      \"\"\"
      case x do {:ok, v} when v > 0 -> v; _ -> <<1, 2::8>> end
      """;

  private static void assertWellFormed(ElixirFile file) {
    int length = file.text().length();
    ExWalker.walk(file.root(), (node, ancestors) -> {
      TextRange r = node.range();
      assertTrue(r.end() <= length, () -> "range " + r + " beyond " + length + " for " + node);
      return true;
    });
  }

  @Test
  void everyPrefixOfARealisticFileParses() {
    for (int i = 0; i <= SAMPLE.length(); i++) {
      ElixirFile file = ElixirFile.parse(SAMPLE.substring(0, i));
      assertNotNull(file.root());
      assertWellFormed(file);
    }
  }

  @Test
  void singleCharacterDeletionsParse() {
    for (int i = 0; i < SAMPLE.length(); i += 2) {
      String text = SAMPLE.substring(0, i) + SAMPLE.substring(i + 1);
      assertWellFormed(ElixirFile.parse(text));
    }
  }

  @Test
  void randomMutationsNeverFail() {
    Random random = new Random(42);
    String alphabet = "([{}])\"'#:,;\\~%@&|=->< \ndoendfn";
    for (int round = 0; round < 1_000; round++) {
      StringBuilder text = new StringBuilder(SAMPLE);
      for (int k = 0; k < 5; k++) {
        int at = random.nextInt(text.length());
        text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertWellFormed(ElixirFile.parse(text.toString()));
    }
  }

  @Test
  void deepNestingBecomesOpaqueWithoutOverflow() {
    for (String open : List.of("[", "{", "(", "%{a: ", "\"#{", "fn -> ", "if x do ", "-", "a ++ ",
        "@a ", "not ", "x.")) {
      String text = open.repeat(10_000) + "1";
      ElixirFile file = ElixirFile.parse(text);
      assertWellFormed(file);
      assertTrue(ExWalker.findAll(file.root(), ExOpaque.class).stream().anyMatch(o -> !o.isMissing())
          || open.equals("x."), () -> "no opaque node for " + open);
    }
    String balanced = "[".repeat(10_000) + "]".repeat(10_000);
    assertWellFormed(ElixirFile.parse(balanced));
  }

  @Test
  void longOperatorChainsStayBounded() {
    String chain = "x = a" + " || b".repeat(20_000) + "\n";
    ElixirFile file = ElixirFile.parse(chain);
    assertWellFormed(file);
    assertEquals(1, file.statements().size());
    assertNotNull(file.root().toString());
  }

  /** A megabyte of config parses whole (its speed is measured by the benchmark, not here). */
  @Test
  void aMegabyteParsesWhole() {
    StringBuilder big = new StringBuilder();
    while (big.length() < 1_000_000) {
      big.append(SAMPLE);
    }
    ElixirFile file = ElixirFile.parse(big.toString());
    assertTrue(ExWalker.calls(file.root(), "config").size() > 1_000);
  }

  @Test
  void emojiAndCrlfKeepUtf16Offsets() {
    Marked m = Marked.of("# 🚀 launch\r\nconfig «:app», «name»: «\"🦄 unicorn\"»,\r\n  «other»: «:x»\r\n");
    ElixirFile file = m.parse();
    ExCall call = (ExCall) file.statements().get(0);
    assertEquals(m.range(0), call.args().get(0).range());
    ExList options = call.keywordArgs().orElseThrow();
    assertEquals(m.range(1), options.keyword("name").orElseThrow().keyRange());
    assertEquals(m.range(2), options.keywordValue("name").orElseThrow().range());
    assertEquals("🦄 unicorn", options.keywordValue("name").flatMap(ExNode::asStringValue)
        .orElseThrow());
    assertEquals(m.range(3), options.keyword("other").orElseThrow().keyRange());
    assertEquals(m.range(4), options.keywordValue("other").orElseThrow().range());
    assertEquals(1, file.statements().size());
  }

  @Test
  void emojiOutsideStringsIsOpaque() {
    ElixirFile file = ElixirFile.parse("x = 🎉 + 1");
    assertWellFormed(file);
    ExOpaque opaque = ExWalker.findAll(file.root(), ExOpaque.class).get(0);
    assertEquals(2, opaque.range().length());
  }

  @Test
  void halfTypedKeywordValueIsMissing() {
    Marked m = Marked.of("config :app,\n  key:«»\n  other: 1\nconfig :next, a:«»");
    List<ExNode> statements = m.parse().statements();
    assertEquals(2, statements.size());
    ExList first = ((ExCall) statements.get(0)).keywordArgs().orElseThrow();
    ExNode key = first.keywordValue("key").orElseThrow();
    assertTrue(key.isMissing());
    assertEquals(m.range(0), key.range());
    assertEquals(1L, first.keywordValue("other").orElseThrow().asLong().getAsLong());
    ExNode a = ((ExCall) statements.get(1)).keywordArgs().orElseThrow().keywordValue("a")
        .orElseThrow();
    assertEquals(m.range(1), a.range());
  }

  @Test
  void valueOnTheNextLineBelongsToTheKey() {
    ExCall call = (ExCall) ElixirFile.parse("config :app,\n  key:\n    \"long\"\n").statements()
        .get(0);
    assertEquals("long", call.keywordArgs().orElseThrow().keywordValue("key")
        .flatMap(ExNode::asStringValue).orElseThrow());
  }

  @Test
  void trailingCommaBeforeANewStatementEndsTheCall() {
    List<ExNode> statements = ElixirFile.parse("config :a,\n\nconfig :b, c: 1\n").statements();
    assertEquals(2, statements.size());
    assertEquals("(config :a)", Sexp.of(statements.get(0)));
  }

  @Test
  void unclosedBracketsAndStringsEndAtTheEndOfText() {
    Marked m = Marked.of("«config :app, «hosts»: «[:\"a@h\", \"b»»");
    ExCall call = (ExCall) m.parse().statements().get(0);
    assertEquals(m.range(0), call.range());
    ExPair hosts = call.keywordArgs().orElseThrow().keyword("hosts").orElseThrow();
    assertEquals(m.range(1), hosts.keyRange());
    assertEquals(m.range(2), hosts.value().range());
    assertInstanceOf(ExList.class, hosts.value());
  }

  @Test
  void strayClosersAreKeptAsOpaqueStatements() {
    ElixirFile file = ElixirFile.parse("config :a, b: 1)\n]\nend\nconfig :c, d: 2");
    assertEquals(2, ExWalker.calls(file.root(), "config").size());
  }
}
