package dev.distlint.syntax.elixir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A walk of a whole file over its pre-order layout visits what the walk of its root visits: the
 * same nodes, in the same order, with the same ancestors, skipping the same subtrees.
 */
class FlatWalkTest {
  private record Visit(ExNode node, List<ExNode> ancestors) {}

  private static List<Path> sources() throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path dir : List.of(Path.of("src/test/resources"), Path.of("../examples"))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> s = Files.walk(dir)) {
        s.filter(p -> p.toString().endsWith(".ex") || p.toString().endsWith(".exs"))
            .sorted().forEach(out::add);
      }
    }
    return out;
  }

  private static List<Visit> visits(ElixirFile file, boolean flat, BiPredicate<ExNode, Integer> go) {
    List<Visit> out = new ArrayList<>();
    ExWalker.Visitor v = (node, ancestors) -> {
      out.add(new Visit(node, List.copyOf(ancestors)));
      return go.test(node, out.size());
    };
    if (flat) {
      ExWalker.walk(file, v);
    } else {
      ExWalker.walk(file.root(), v);
    }
    return out;
  }

  private static void same(List<Visit> expected, List<Visit> actual, String where) {
    assertEquals(expected.size(), actual.size(), where);
    for (int i = 0; i < expected.size(); i++) {
      assertSame(expected.get(i).node(), actual.get(i).node(), where + " #" + i);
      List<ExNode> a = expected.get(i).ancestors();
      List<ExNode> b = actual.get(i).ancestors();
      assertEquals(a.size(), b.size(), where + " #" + i);
      for (int j = 0; j < a.size(); j++) {
        assertSame(a.get(j), b.get(j), where + " #" + i + " ancestor " + j);
      }
    }
  }

  private static void check(ElixirFile file, String where) {
    List<BiPredicate<ExNode, Integer>> walks = List.of(
        (n, i) -> true,
        (n, i) -> !(n instanceof ExCall c && (c.name().equals("def") || c.name().equals("config"))),
        (n, i) -> i % 3 != 0,
        (n, i) -> !(n instanceof ExList),
        (n, i) -> i == 1);
    for (int w = 0; w < walks.size(); w++) {
      same(visits(file, false, walks.get(w)), visits(file, true, walks.get(w)), where + " walk " + w);
    }
    assertEquals(ExWalker.findAll(file.root(), ExPair.class), ExWalker.findAll(file, ExPair.class));
    for (String name : List.of("config", "def", "use", "alias", "import_config")) {
      assertEquals(ExWalker.calls(file.root(), name), ExWalker.calls(file, name), where + " " + name);
    }
  }

  @Test
  void everyElixirFileOfTheTestsAndExamples() throws IOException {
    List<Path> files = sources();
    assertTrue(files.size() > 100, "found " + files.size());
    for (Path p : files) {
      ElixirFile file = ElixirFile.parse(Files.readString(p));
      check(file, p.toString());
      check(file, p + " (again)");
    }
  }

  @Test
  void emptyBrokenAndDeepFiles() {
    for (String text : List.of("", "   \n", "config :a,", "defmodule A do\n  def f(x), do: [",
        "[".repeat(300) + "]".repeat(300), "x = 1\ny = x\n%{a: %{b: %{c: [1, {2, 3}]}}}")) {
      check(ElixirFile.parse(text), text.length() > 40 ? text.substring(0, 40) : text);
    }
  }
}
