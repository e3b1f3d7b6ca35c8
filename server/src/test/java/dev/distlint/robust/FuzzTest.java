package dev.distlint.robust;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Generated and mutated inputs through every front end and feature (see {@link Exerciser}). The
 * default run fits in CI; {@code -Ddistlint.fuzz=long} truncates at every byte and makes many
 * more random edits, for a local run of several minutes; {@code -Ddistlint.fuzz=skip} skips it.
 * Mutations stop once the time budget is spent: {@code -Ddistlint.fuzz.seconds=N} (default 120,
 * 900 for the long run); seeds and pathological inputs always run.
 */
class FuzzTest {
  static final String MODE = System.getProperty("distlint.fuzz", "");
  static final boolean LONG = "long".equals(MODE);
  static final long BUDGET_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(
      Long.getLong("distlint.fuzz.seconds", LONG ? 900 : 120));
  /** One path per file kind, so that every front end reads every pathological input. */
  static final Map<String, String> KIND_PATHS = new LinkedHashMap<>();

  static {
    KIND_PATHS.put("k8s", "k8s/app.yaml");
    KIND_PATHS.put("compose", "docker-compose.yml");
    KIND_PATHS.put("yaml", "deploy/values.yaml");
    KIND_PATHS.put("settings", ".distlint.yaml");
    KIND_PATHS.put("exs", "config/runtime.exs");
    KIND_PATHS.put("app", "lib/chat/application.ex");
    KIND_PATHS.put("mix", "mix.exs");
    KIND_PATHS.put("lock", "mix.lock");
    KIND_PATHS.put("vmargs", "rel/vm.args.eex");
    KIND_PATHS.put("envsh", "rel/env.sh.eex");
    KIND_PATHS.put("fly", "fly.toml");
  }

  @org.junit.jupiter.api.BeforeAll
  static void selected() {
    org.junit.jupiter.api.Assumptions.assumeFalse("skip".equals(MODE),
        "fuzzing skipped (-Ddistlint.fuzz=skip)");
  }

  @Test
  void mutatedSeedsThroughEveryFeature() {
    long deadline = System.nanoTime() + BUDGET_NANOS;
    Random random = new Random(LONG ? System.nanoTime() : 20250101L);
    int truncations = LONG ? Integer.MAX_VALUE : 16;
    int randoms = LONG ? 200 : 6;
    try (Exerciser ex = new Exerciser()) {
      for (Seeds.Seed s : Seeds.all()) {
        ex.secrets(true).run("seed " + s.label(), s.path(), s.text(), s.siblings(), 24);
        for (Mutations.Variant v : Mutations.of(s.text(), truncations, randoms, random)) {
          if (System.nanoTime() > deadline) {
            break;
          }
          ex.secrets(v.how().startsWith("truncated") || v.how().startsWith("C"))
              .run(s.label() + " " + v.how(), s.path(), v.text(), s.siblings(), LONG ? 40 : 8);
        }
      }
      report(ex);
    }
  }

  @Test
  void pathologicalInputsUnderEveryKind() {
    Random random = new Random(7L);
    Map<String, String> workspace = Seeds.workspaceFiles();
    try (Exerciser ex = new Exerciser()) {
      for (String path : KIND_PATHS.values()) {
        String seed = workspace.getOrDefault(path, "");
        for (Mutations.Variant v : Pathological.nesting()) {
          ex.run(v.how(), path, v.text(), workspace, 6);
        }
        for (Mutations.Variant v : Pathological.garbage(seed, random)) {
          ex.run(v.how(), path, v.text(), workspace, 12);
        }
        for (Mutations.Variant v : Pathological.yaml()) {
          ex.run(v.how(), path, v.text(), Map.of(), 6);
        }
      }
      report(ex);
    }
  }

  @Test
  void hugeInputsAreSkippedWithAFindingOrParsedInFull() {
    Map<String, String> workspace = Seeds.workspaceFiles();
    List<String> kinds = LONG ? List.copyOf(KIND_PATHS.values())
        : List.of("k8s/app.yaml", "config/runtime.exs", "rel/env.sh.eex", "rel/vm.args.eex",
            "fly.toml");
    try (Exerciser ex = new Exerciser()) {
      for (String path : kinds) {
        String seed = workspace.getOrDefault(path, "a: 1\n");
        for (Mutations.Variant v : Pathological.huge(seed)) {
          ex.run(v.how(), path, v.text(), Map.of(), 6);
        }
        Mutations.Variant near = Pathological.nearLimit(seed);
        ex.run(near.how(), path, near.text(), Map.of(), 6);
      }
      report(ex);
    }
  }

  private static void report(Exerciser ex) {
    System.out.println("fuzz: " + ex.runs() + " inputs; slowest: " + ex.slowest());
    List<String> f = ex.failures();
    if (!f.isEmpty()) {
      fail(f.size() + " of " + ex.runs() + " inputs failed (saved under target/fuzz-failures):\n  "
          + String.join("\n  ", f.subList(0, Math.min(25, f.size()))));
    }
    assertTrue(ex.runs() > 0);
  }
}
