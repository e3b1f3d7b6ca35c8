package dev.distlint.syntax.elixir.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.syntax.elixir.ElixirFile;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.ExWalker;
import org.junit.jupiter.api.Test;

class ConstEvalTest {

  /** The value of the keyword {@code probe:} in {@code text}, evaluated in that file. */
  private static ConstValue probe(String text) {
    ElixirFile file = ElixirFile.parse(text);
    ExNode value = ExWalker.findAll(file.root(), ExPair.class).stream()
        .filter(p -> "probe".equals(p.keyName())).findFirst().orElseThrow().value();
    return ConstEval.of(file).eval(value);
  }

  private static long millis(String text) {
    return probe(text).asLong().orElseThrow();
  }

  @Test
  void literalsAndArithmetic() {
    assertEquals(1000, millis("config :a, probe: 1_000"));
    assertEquals(60_000, millis("config :a, probe: 60 * 1000"));
    assertEquals(90_000, millis("config :a, probe: 60_000 + 30 * 1_000"));
    assertEquals(250, millis("config :a, probe: div(1000, 4)"));
    assertEquals(-5, millis("config :a, probe: -5"));
  }

  @Test
  void timerFunctions() {
    assertEquals(15_000, millis("config :a, probe: :timer.seconds(15)"));
    assertEquals(300_000, millis("config :a, probe: :timer.minutes(5)"));
    assertEquals(7_200_000, millis("config :a, probe: :timer.hours(2)"));
    assertFalse(probe("config :a, probe: :timer.seconds(n)").known());
  }

  @Test
  void attributesAndVariablesBoundEarlier() {
    assertEquals(30_000, millis("""
        defmodule A do
          @interval :timer.seconds(30)
          def opts, do: [probe: @interval]
        end
        """));
    assertEquals(5_000, millis("""
        import Config
        poll = 5 * 1_000
        config :libcluster, topologies: [k: [config: [probe: poll]]]
        """));
    assertFalse(probe("config :a, probe: later\nlater = 5").known(), "bound after the use");
  }

  @Test
  void environmentDefaultsAreMarked() {
    ConstValue v = probe("config :a, probe: String.to_integer(System.get_env(\"POLL_MS\", \"15\"))");
    assertEquals(15, v.asLong().orElseThrow());
    assertTrue(v.fromDefault());
    ConstValue or = probe("config :a, probe: System.get_env(\"APP\") || \"chat\"");
    assertEquals("chat", or.asString().orElseThrow());
    assertTrue(or.fromDefault());
    assertEquals(8, millis("config :a, probe: Keyword.get(opts, :size, 8)"));
  }

  @Test
  void unknownStaysUnknown() {
    assertFalse(probe("config :a, probe: System.get_env(\"POLL_MS\")").known());
    assertFalse(probe("config :a, probe: String.to_integer(System.fetch_env!(\"X\"))").known());
    assertFalse(probe("config :a, probe: some_call() * 2").known());
    assertFalse(probe("config :a, probe: 9_223_372_036_854_775_807 * 2").known(), "overflow");
    assertEquals("chat", probe("config :a, probe: \"chat\" || \"other\"").asString().orElseThrow());
  }
}
