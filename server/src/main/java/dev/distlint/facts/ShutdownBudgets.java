package dev.distlint.facts;

import dev.distlint.base.TextRange;
import dev.distlint.base.FileKind;
import dev.distlint.model.compose.ComposeFile;
import dev.distlint.model.compose.ComposeService;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.view.ConfigCall;
import dev.distlint.syntax.toml.TomlEntry;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How long each layer lets a node take to stop: the application's drain budgets (Phoenix endpoint
 * drainer, Oban's shutdown grace) and the platform's grace before SIGKILL (Kubernetes
 * {@code terminationGracePeriodSeconds}, compose {@code stop_grace_period}, Fly {@code kill_timeout}).
 */
public final class ShutdownBudgets {
  private static final Fact<Map<String, List<Budget>>> PLATFORM_BY_FILE =
      Fact.of("platform-shutdown-budgets-by-file", ShutdownBudgets::byFile);
  private static final Fact<List<Budget>> APPLICATION =
      Fact.of("app-shutdown-budgets", ShutdownBudgets::computeApplication);
  private static final Fact<Map<String, List<Budget>>> APPLICATION_BY_PROJECT =
      Fact.of("app-shutdown-budgets-by-project", ShutdownBudgets::byProject);
  private static final Fact<List<Budget>> PLATFORM =
      Fact.of("platform-shutdown-budgets", ShutdownBudgets::computePlatform);
  /** Kubernetes PodSpec default. */
  public static final long K8S_DEFAULT_MS = 30_000;
  /** docker stop / compose default. */
  public static final long COMPOSE_DEFAULT_MS = 10_000;
  /** Fly machines default. */
  public static final long FLY_DEFAULT_MS = 5_000;
  /** Oban's default shutdown_grace_period. */
  public static final long OBAN_DEFAULT_MS = 15_000;

  private ShutdownBudgets() {
  }

  /**
   * One budget. For a platform default that is not written anywhere, {@code range} names the
   * unit instead (the workload or service name, the {@code app} of fly.toml, else the file start).
   *
   * @param layer "endpoint drainer", "Oban", "Kubernetes", "compose", "Fly"
   */
  public record Budget(String layer, String owner, long millis, boolean explicit, String path,
      TextRange range) {
  }

  /** The platform budgets set in one file (what a per-file rule asks for). */
  public static List<Budget> platformIn(Workspace ws, String path) {
    return PLATFORM_BY_FILE.in(ws).getOrDefault(path, List.of());
  }

  private static Map<String, List<Budget>> byFile(Workspace ws) {
    Map<String, List<Budget>> out = new java.util.HashMap<>();
    for (Budget b : platform(ws)) {
      out.computeIfAbsent(b.path(), k -> new ArrayList<>()).add(b);
    }
    return out;
  }

  /** The application's drain budgets (the largest decides). */
  public static List<Budget> application(Workspace ws) {
    return APPLICATION.in(ws);
  }

  /**
   * The drain budgets that may pair with the platform settings of {@code deployment}, in the
   * order of {@link #application}: those of its Mix project, or all of them when it lies outside
   * every Mix project (a compose file at the root of a repository whose application lives in a
   * subdirectory). Grouped once per snapshot, so a per-file rule does a lookup, not a scan.
   */
  public static List<Budget> applicationFor(Workspace ws, String deployment) {
    String owner = MixProjects.ownerDir(ws, deployment);
    return owner == null ? application(ws)
        : APPLICATION_BY_PROJECT.in(ws).getOrDefault(owner, List.of());
  }

  private static Map<String, List<Budget>> byProject(Workspace ws) {
    Map<String, List<Budget>> out = new java.util.HashMap<>();
    for (Budget b : application(ws)) {
      out.computeIfAbsent(MixProjects.dirOf(ws, b.path()), k -> new ArrayList<>()).add(b);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(out);
  }

  private static void add(List<Budget> out, String layer, String owner, ExNode n, ParsedFile f) {
    ElixirViews.integer(f, n).ifPresent(ms -> out.add(new Budget(layer, owner, ms, true, f.path(),
        n.range())));
  }

  /**
   * The platform grace periods of long-running BEAM workloads (Jobs and CronJobs run one-off
   * tasks and are left out), compose services and Fly apps.
   */
  public static List<Budget> platform(Workspace ws) {
    return PLATFORM.in(ws);
  }

  private static List<Budget> computeApplication(Workspace w) {
    List<Budget> out = new ArrayList<>();
    Set<String> off = obanSwitchedOff(w);
    for (ParsedFile f : w.filesOf(FileKind.EXS)) {
      for (ConfigCall c : f.view(ElixirViews.CONFIG).calls()) {
        if (c.module() == null || c.env() != null && !c.appliesTo("prod")
            || c.module().equals("Oban") && (off.contains(c.app()) || c.switchedOff())) {
          continue;
        }
        if (c.module().endsWith("Endpoint")) {
          c.get("drainer").filter(d -> d instanceof ExList).map(d -> ((ExList) d).keywordValue("shutdown"))
              .flatMap(x -> x).ifPresent(n -> add(out, "endpoint drainer", c.module(), n, f));
        } else if (c.module().equals("Oban")) {
          Optional<ExNode> grace = c.get("shutdown_grace_period");
          if (grace.isPresent()) {
            add(out, "Oban", "Oban", grace.get(), f);
          } else {
            out.add(new Budget("Oban", "Oban (default)", OBAN_DEFAULT_MS, false, f.path(), c.range()));
          }
        }
      }
    }
    if (out.stream().anyMatch(b -> b.layer().equals("Oban") && b.explicit())) {
      // Config scripts merge: an explicit grace period anywhere replaces the default.
      out.removeIf(b -> b.layer().equals("Oban") && !b.explicit());
    }
    return List.copyOf(out);
  }

  /**
   * The apps whose Oban config, as a production release loads it, ends as {@code false} or
   * {@code nil}: the last such call in load order (config.exs, the environment's file,
   * runtime.exs) switches Oban off, since that value replaces the whole keyword list.
   */
  private static Set<String> obanSwitchedOff(Workspace w) {
    Map<String, int[]> last = new HashMap<>(); // app -> {stage, offset, off}
    for (ParsedFile f : w.filesOf(FileKind.EXS)) {
      String name = f.source().name();
      int stage = name.equals("runtime.exs") ? 2 : name.equals("config.exs") ? 0 : 1;
      for (ConfigCall c : f.view(ElixirViews.CONFIG).calls()) {
        if (!"Oban".equals(c.module()) || c.env() != null && !c.appliesTo("prod")
            || name.equals("test.exs") || name.equals("dev.exs")) {
          continue;
        }
        int[] now = {stage, c.range().start(), c.switchedOff() ? 1 : 0};
        last.merge(c.app(), now, (a, b) -> b[0] > a[0] || b[0] == a[0] && b[1] > a[1] ? b : a);
      }
    }
    Set<String> out = new HashSet<>();
    last.forEach((app, v) -> {
      if (v[2] == 1) {
        out.add(app);
      }
    });
    return out;
  }

  private static List<Budget> computePlatform(Workspace w) {
    List<Budget> out = new ArrayList<>();
    for (KubeObject o : KubeObjects.all(w)) {
      if (!o.isLongRunning() || !BeamWorkloads.isBeam(o) || o.podSpec() == null) {
        continue;
      }
      YScalar g = o.podSpec().scalar("terminationGracePeriodSeconds");
      Long ms = g == null ? null : Durations.secondsToMillis(g.asLong());
      if (ms == null && written(g)) {
        continue; // negative, too large or not a number: the budget is unknown
      }
      out.add(ms == null
          ? new Budget("Kubernetes", o.kind() + " '" + o.name() + "'", K8S_DEFAULT_MS, false, o.path(), o.nameRange())
          : new Budget("Kubernetes", o.kind() + " '" + o.name() + "'", ms, true, o.path(), o.range(g)));
    }
    for (ComposeService s : ComposeFile.all(w)) {
      if (!BeamWorkloads.isBeam(s) || oneShot(s)) {
        continue;
      }
      YScalar g = s.node().scalar("stop_grace_period");
      Long ms = g == null ? null : Durations.millis(g.value(), 1000);
      if (ms == null && written(g)) {
        continue;
      }
      out.add(ms == null
          ? new Budget("compose", "service '" + s.name() + "'", COMPOSE_DEFAULT_MS, false, s.path(), s.range(s.nameNode()))
          : new Budget("compose", "service '" + s.name() + "'", ms, true, s.path(), s.range(g)));
    }
    for (ParsedFile f : w.filesOf(FileKind.FLY)) {
      var root = f.view(ReleaseViews.FLY).root();
      Optional<TomlEntry> kt = root.entry("kill_timeout");
      Long ms = kt.flatMap(e -> e.value().asLong().map(Durations::secondsToMillis)
          .or(() -> e.value().asString().map(v -> Durations.millis(v, 1000)))).orElse(null);
      if (kt.isPresent() && ms == null) {
        continue;
      }
      Optional<String> image = root.get("build.image").flatMap(v -> v.asString());
      if (image.isPresent() && !BeamWorkloads.isBeamImage(image.get(), w)) {
        continue; // the app runs a prebuilt image of something else (a database console...)
      }
      String app = root.getString("app").orElse("app");
      TextRange appRange = root.entry("app").map(e -> e.value().range()).orElse(TextRange.at(0));
      out.add(ms == null
          ? new Budget("Fly", "app '" + app + "'", FLY_DEFAULT_MS, false, f.path(), appRange)
          : new Budget("Fly", "app '" + app + "'", ms, true, f.path(), kt.get().value().range()));
    }
    return List.copyOf(out);
  }

  /**
   * A service written as a one-shot task ({@code restart: "no"} stated, as for a migration run
   * before the others start): like a Kubernetes Job, it is not a member that drains.
   */
  private static boolean oneShot(ComposeService s) {
    YScalar r = s.node().scalar("restart");
    return r != null && "no".equals(r.value());
  }

  private static boolean written(YScalar g) {
    return g != null && g.value() != null && !g.value().isBlank();
  }
}
