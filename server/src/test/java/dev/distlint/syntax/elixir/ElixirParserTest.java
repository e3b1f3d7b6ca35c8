package dev.distlint.syntax.elixir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ElixirParserTest {

  private static String parse(String text) {
    List<ExNode> statements = ElixirFile.parse(text).statements();
    return String.join("\n", statements.stream().map(Sexp::of).toList());
  }

  private static ExNode only(String text) {
    List<ExNode> statements = ElixirFile.parse(text).statements();
    assertEquals(1, statements.size(), () -> "statements: " + statements);
    return statements.get(0);
  }

  @Test
  void importAndConfigWithTrailingKeywords() {
    assertEquals("(import Config)\n(config :my_app, [:debug => :true, :port => 4000])",
        parse("import Config\n\nconfig :my_app, debug: true, port: 4_000\n"));
  }

  @Test
  void configWithModuleAndMultiLineKeywordList() {
    String text = """
        config :my_app, MyAppWeb.Endpoint,
          url: [host: "example.com", port: 443],
          pubsub_server: MyApp.PubSub,
        """;
    assertEquals("(config :my_app, MyAppWeb.Endpoint, [:url => [:host => \"example.com\", "
        + ":port => 443], :pubsub_server => MyApp.PubSub])", parse(text));
  }

  @Test
  void atomsOfEveryKind() {
    assertEquals("[:foo, :quoted atom, :foo?, :bar!, :==, :node@host, :Elixir.Foo, :&&]",
        parse("[:foo, :\"quoted atom\", :foo?, :bar!, :==, :node@host, :\"Elixir.Foo\", :&&]"));
  }

  @Test
  void quotedKeywordKeysAndAliases() {
    assertEquals("[:quoted key => 1, :Elixir.Foo => Elixir.Foo]",
        parse("[\"quoted key\": 1, \"Elixir.Foo\": Elixir.Foo]"));
  }

  @Test
  void numbers() {
    assertEquals("[5000, 31, 5, 8, 1500.0, 0.001, -1, 97, 10]",
        parse("[5_000, 0x1F, 0b101, 0o10, 1.5e3, 1.0e-3, -1, ?a, ?\\n]"));
    assertEquals("((1 .. 10) // 2)", parse("1..10//2"));
  }

  @Test
  void stringsWithNestedInterpolationHeredocsAndCharlists() {
    assertEquals("(x = (\"#(1 + \"#c\")\" <> ('abc' <> \"a\tb\")))",
        parse("x = \"a#{1 + \"b#{c}\"}d\" <> 'abc' <> \"a\\tb\""));
    String heredoc = "  raise \"\"\"\n  line one\n    indented\n  \"\"\"\n";
    assertEquals("(raise \"line one\n  indented\n\")", parse(heredoc));
    assertEquals("'one\n'", parse("'''\none\n'''"));
  }

  @Test
  void sigilsWithEveryDelimiter() {
    assertEquals("[~s<a(b>, ~w<a b>a, ~r<\\d+\\/x>i, ~S<raw \\n>, ~s<x>, ~c<y>, ~s<z>, ~s<w>]",
        parse("[~s(a(b), ~w[a b]a, ~r/\\d+\\/x/i, ~S\"raw \\n\", ~s{x}, ~c<y>, ~s|z|, ~s'w']"));
    ExSigil words = (ExSigil) ((ExList) only("[~w(one two  three)]")).items().get(0);
    assertEquals(List.of("one", "two", "three"), words.words());
    assertEquals("~S<  text \"#{x}\"\n>", parse("~S\"\"\"\n  text \"#{x}\"\n\"\"\""));
    ExSigil interpolated = (ExSigil) only("~s(a#{b})");
    assertTrue(interpolated.interpolated());
    assertNull(interpolated.content());
  }

  @Test
  void operatorsAndPrecedence() {
    assertEquals("((System.get_env \"X\") || (raise \"missing\"))",
        parse("System.get_env(\"X\") || raise \"missing\""));
    assertEquals("((a == b) && ((c != d) || (e =~ f)))", parse("a == b && (c != d || e =~ f)"));
    assertEquals("(((a |> (b)) |> (c 1)) |> d)", parse("a |> b() |> c(1)\n|> d"));
    assertEquals("(x = (a ++ (b -- c)))", parse("x = a ++ b -- c"));
    assertEquals("((a in b) and (not c))", parse("a in b and not c"));
    assertEquals("(a not in b)", parse("a not in b"));
    assertEquals("(def (foo x, (y \\\\ 1)))", parse("def foo(x, y \\\\ 1)"));
    assertEquals("(&((Mod.fun) / 1))", parse("&Mod.fun/1"));
    assertEquals("((^pinned) = (-x))", parse("^pinned = -x"));
    assertEquals("@spec ((f) :: (integer))", parse("@spec f() :: integer()"));
  }

  @Test
  void doBlocksElseAndKeywordForm() {
    String text = """
        if config_env() == :prod do
          config :a, b: 1
        else
          config :a, b: 2
        end
        """;
    ExCall call = (ExCall) only(text);
    assertEquals("if", call.name());
    assertEquals("(config :a, [:b => 1])", Sexp.of(call.doBlock().statements().get(0)));
    assertEquals("(config :a, [:b => 2])", Sexp.of(call.elseBlock().statements().get(0)));
    ExCall inline = (ExCall) only("if x, do: :a, else: :b");
    assertEquals(":a", Sexp.of(inline.sectionStatements("do").get(0)));
    assertEquals(":b", Sexp.of(inline.sectionStatements("else").get(0)));
  }

  @Test
  void doBindsToTheOutermostCallWithoutParentheses() {
    assertEquals("(if (foo bar) do:{:ok})", parse("if foo bar do :ok end"));
    assertEquals("(def project do:{[:app => :x]})", parse("def project do\n  [app: :x]\nend"));
    assertEquals("(defp deps do:{[]})", parse("defp deps do [] end"));
    assertEquals("(x = [(if c do:{1} else:{2})])", parse("x = [if c do 1 else 2 end]"));
  }

  @Test
  void caseCondFnAndClauses() {
    assertEquals("(case (config_env) do:{:prod -> {1}; _ -> {2}})",
        parse("case config_env() do\n  :prod -> 1\n  _ -> 2\nend"));
    assertEquals("fn a, (b when (a > b)) -> {a}, _ -> {:ok} end",
        parse("fn a, b when a > b -> a; _ -> :ok end"));
    ExFn fn = (ExFn) only("fn -> :ok end");
    assertInstanceOf(ExClause.class, fn.clauses().get(0));
  }

  @Test
  void mapsStructsTuplesAndUpdates() {
    assertEquals("%{:a => 1, \"b\" => 2}", parse("%{a: 1, \"b\" => 2}"));
    assertEquals("%Foo.Bar{x | :a => 1, :b => 2}", parse("%Foo.Bar{x | a: 1, b: 2}"));
    assertEquals("%__MODULE__{}", parse("%__MODULE__{}"));
    assertEquals("{DNSCluster, [:query => :ignore]}", parse("{DNSCluster, query: :ignore}"));
    assertEquals("{}", parse("{}"));
    ExMap map = (ExMap) only("%{base | a: 1}");
    assertEquals("base", Sexp.of(map.base()));
  }

  @Test
  void remoteCallsAccessAndAttributes() {
    assertEquals("(:erlang.nodes :connected)", parse(":erlang.nodes(:connected)"));
    assertEquals("((Access.get (foo|bar), :x)|baz 1)", parse("foo.bar[:x].baz(1)"));
    assertEquals("(Logger.info \"hello\")", parse("Logger.info \"hello\""));
    assertEquals("__MODULE__.Supervisor", parse("__MODULE__.Supervisor"));
    assertEquals("(f|. 1)", parse("f.(1)"));
    assertEquals("@moduledoc \"Docs.\n\"", parse("@moduledoc \"\"\"\nDocs.\n\"\"\""));
    assertEquals("@version", parse("@version"));
    assertEquals("(alias (Foo|{} A, B))", parse("alias Foo.{A, B}"));
    ExCall call = (ExCall) only("System.get_env(\"X\")");
    assertEquals("get_env", call.localName());
    assertInstanceOf(ExAlias.class, call.receiver());
  }

  @Test
  void rangesOfNodesAreExact() {
    Marked m = Marked.of("«config «:libcluster», «debug»: «true»,\n  «topologies»: «[«k8s»: «[]»]»»");
    ExCall call = (ExCall) only(m.text);
    assertEquals(m.range(0), call.range());
    assertEquals(m.range(1), call.args().get(0).range());
    ExList kw = call.keywordArgs().orElseThrow();
    ExPair debug = kw.keyword("debug").orElseThrow();
    assertEquals(m.range(2), debug.keyRange());
    assertEquals(m.range(3), debug.value().range());
    ExPair topologies = kw.keyword("topologies").orElseThrow();
    assertEquals(m.range(4), topologies.key().range());
    assertEquals(m.range(5), topologies.value().range());
    ExPair k8s = ((ExList) topologies.value()).keyword("k8s").orElseThrow();
    assertEquals(m.range(6), k8s.keyRange());
    assertEquals(m.range(7), k8s.value().range());
  }

  @Test
  void rangesOfStringsCallNamesAndBlocks() {
    Marked m = Marked.of("x = «System».«get_env»(«\"A#{b}\"») || «\"d\"»\n«if c «do\n  :ok»\nend»");
    List<ExNode> statements = m.parse().statements();
    ExBinary or = (ExBinary) ((ExBinary) statements.get(0)).right();
    ExCall getEnv = (ExCall) or.left();
    assertEquals(m.range(0), getEnv.receiver().range());
    assertEquals(m.range(1), getEnv.nameRange());
    assertEquals(m.range(2), getEnv.args().get(0).range());
    assertEquals(m.range(3), or.right().range());
    ExCall ifCall = (ExCall) statements.get(1);
    assertEquals(m.range(4), ifCall.range());
    assertEquals(m.range(5), ifCall.doBlock().range());
  }

  @Test
  void commentsAreCollectedWithRanges() {
    Marked m = Marked.of("«# top»\nconfig :a, b: 1 «# trailing»\nx = \"# not a comment\"");
    ElixirFile file = m.parse();
    assertEquals(2, file.comments().size());
    assertEquals(m.range(0), file.comments().get(0).range());
    assertEquals(" trailing", file.comments().get(1).text());
    assertEquals(m.range(1), file.comments().get(1).range());
  }

  @Test
  void keywordHelpers() {
    ExList list = (ExList) only("[strategy: Cluster.Strategy.Gossip, config: [port: 45_892]]");
    assertTrue(list.isKeywordList());
    assertEquals("Cluster.Strategy.Gossip",
        list.keywordValue("strategy").flatMap(ExNode::asAliasName).orElseThrow());
    assertEquals(45_892L, ((ExList) list.keywordValue("config").orElseThrow())
        .keywordValue("port").orElseThrow().asLong().getAsLong());
    ExList tuples = (ExList) only("[{:name, :x}, {:keys, :unique}]");
    assertTrue(tuples.isKeywordList());
    assertEquals("unique", tuples.keywordValue("keys").flatMap(ExNode::asAtomName).orElseThrow());
    assertFalse(((ExList) only("[1, 2]")).isKeywordList());
    assertEquals("x", only("\"x\"").asStringValue().orElseThrow());
  }

  @Test
  void walkerVisitsEveryNodeWithAncestors() {
    ElixirFile file = ElixirFile.parse("if a do\n  config :x, y: [z: 1]\nend");
    List<ExCall> configs = ExWalker.calls(file.root(), "config");
    assertEquals(1, configs.size());
    List<ExNode> path = ExWalker.pathAt(file.root(), file.text().indexOf("1"));
    assertInstanceOf(ExNumber.class, path.get(path.size() - 1));
    assertTrue(path.contains(configs.get(0)));
    int[] count = {0};
    ExWalker.walk(file.root(), (n, ancestors) -> {
      count[0]++;
      return true;
    });
    assertEquals(ExWalker.findAll(file.root(), ExNode.class).size(), count[0]);
  }
}
