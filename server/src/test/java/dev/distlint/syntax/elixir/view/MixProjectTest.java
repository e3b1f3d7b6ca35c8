package dev.distlint.syntax.elixir.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.syntax.elixir.ElixirFile;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.Marked;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MixProjectTest {
  private static final String MIX = """
      defmodule Chat.MixProject do
        use Mix.Project

        @version "0.4.1"

        def project do
          [
            app: :chat,
            version: @version,
            elixir: "~> 1.15",
            start_permanent: Mix.env() == :prod,
            aliases: aliases(),
            deps: deps(),
            releases: [
              chat: [
                «cookie: "not-a-real-cookie"»,
                applications: [runtime_tools: :permanent],
                include_executables_for: [:unix]
              ],
              chat_worker: worker_release()
            ]
          ]
        end

        def application do
          [mod: {Chat.Application, []}, extra_applications: [:logger, :runtime_tools]]
        end

        defp deps do
          [
            {:phoenix, "~> 1.7.14"},
            «{:libcluster, "~> 3.3"}»,
            {:horde, "~> 0.9"},
            {:ra, "~> 2.0", only: :test},
            {:credo, "~> 1.7", only: [:dev, :test], runtime: false},
            {:partisan, git: "https://github.com/lasp-lang/partisan.git", tag: "v5.0.0"},
            {:dns_cluster, "~> 0.1.1"}
          ]
        end

        defp aliases, do: [setup: ["deps.get"]]
        defp worker_release, do: [cookie: "other"]
      end
      """;

  @Test
  void readsAppDepsAndReleases() {
    Marked m = Marked.of(MIX);
    MixProject mix = MixProject.of(m.parse());
    assertEquals("chat", mix.app().orElseThrow());
    List<MixDependency> deps = mix.deps();
    assertEquals(List.of("phoenix", "libcluster", "horde", "ra", "credo", "partisan",
        "dns_cluster"), deps.stream().map(MixDependency::name).toList());
    MixDependency libcluster = mix.dep("libcluster").orElseThrow();
    assertEquals("~> 3.3", libcluster.requirement());
    assertEquals(m.range(1), libcluster.range());
    assertTrue(libcluster.isFor("prod"));
    MixDependency ra = mix.dep("ra").orElseThrow();
    assertEquals(List.of("test"), ra.only());
    assertFalse(ra.isFor("prod"));
    assertEquals(List.of("dev", "test"), mix.dep("credo").orElseThrow().only());
    MixDependency partisan = mix.dep("partisan").orElseThrow();
    assertNull(partisan.requirement());
    assertTrue(partisan.option("git").isPresent());

    Map<String, ExList> releases = mix.releases();
    assertEquals(List.of("chat", "chat_worker"), List.copyOf(releases.keySet()));
    assertEquals(m.range(0), releases.get("chat").keyword("cookie").orElseThrow().range());
    assertEquals("other", releases.get("chat_worker").keywordValue("cookie")
        .flatMap(ExNode::asStringValue).orElseThrow());
  }

  @Test
  void depsInlineAndMissingSectionsAreTolerated() {
    MixProject inline = MixProject.of(ElixirFile.parse(
        "defmodule A.MixProject do\n  def project, do: [app: :a, deps: [{:libcluster, \"~> 3.5\"}]]\nend\n"));
    assertEquals("a", inline.app().orElseThrow());
    assertEquals("libcluster", inline.deps().get(0).name());
    assertTrue(inline.releases().isEmpty());
    MixProject empty = MixProject.of(ElixirFile.parse("defmodule B.MixProject do\n  def project do\n"));
    assertTrue(empty.app().isEmpty());
    assertTrue(empty.deps().isEmpty());
  }
}
