package dev.distlint.facts.oban;

import dev.distlint.facts.Fact;
import dev.distlint.base.FileKind;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.ExTuple;
import dev.distlint.syntax.elixir.ExVar;
import dev.distlint.syntax.elixir.ExWalker;
import dev.distlint.syntax.elixir.view.ConfigCall;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Oban instances configured in config scripts ({@code config :app, Oban, ...} or an
 * instance module such as {@code MyApp.ObanPrivate}), and the parts of them the Oban rules read.
 */
public final class ObanConfigs {
  private static final Fact<List<ConfigCall>> ALL =
      Fact.of("oban-configs.all", ObanConfigs::computeAll);
  static final Set<String> CRON_PLUGINS = Set.of("Oban.Cron", "Oban.Plugins.Cron");
  private static final Set<String> CONDITIONALS = Set.of("if", "unless", "case", "cond");

  private ObanConfigs() {
  }

  /** The Oban config calls of a config script. */
  public static List<ConfigCall> in(ParsedFile f) {
    return ElixirViews.config(f).calls().stream().filter(ObanConfigs::isOban).toList();
  }

  /** The Oban config calls of every config script of the workspace. */
  public static List<ConfigCall> all(Workspace ws) {
    return ALL.in(ws);
  }

  private static List<ConfigCall> computeAll(Workspace ws) {
    List<ConfigCall> out = new ArrayList<>();
    for (ParsedFile f : ws.filesOf(FileKind.EXS)) {
      out.addAll(in(f));
    }
    return out;
  }

  /** {@code Oban}, or an instance module whose last segment names Oban ({@code MyApp.ObanPrivate}). */
  public static boolean isOban(ConfigCall c) {
    return c.module() != null
        && c.module().substring(c.module().lastIndexOf('.') + 1).contains("Oban");
  }

  public static boolean sameInstance(ConfigCall a, ConfigCall b) {
    return a.app().equals(b.app()) && a.module().equals(b.module());
  }

  /** The literal crontab lists of a config: Cron plugin options, {@code cron:}, {@code crontab:}. */
  public static List<ExList> crontabs(ConfigCall c) {
    List<ExList> out = new ArrayList<>();
    c.get("plugins").filter(ExList.class::isInstance).map(ExList.class::cast)
        .ifPresent(plugins -> plugins.items().forEach(p -> pluginOptions(p)
            .flatMap(o -> o.keywordValue("crontab")).ifPresent(v -> addList(v, out))));
    c.get("cron").filter(ExList.class::isInstance).map(ExList.class::cast)
        .flatMap(l -> l.keywordValue("crontab")).ifPresent(v -> addList(v, out));
    c.get("crontab").ifPresent(v -> addList(v, out));
    return out;
  }

  /** The options of a cron plugin entry {@code {Oban.Cron, crontab: [...]}}. */
  private static Optional<ExList> pluginOptions(ExNode plugin) {
    if (plugin instanceof ExTuple t && t.items().size() == 2
        && t.items().get(0).asAliasName().filter(CRON_PLUGINS::contains).isPresent()
        && t.items().get(1) instanceof ExList opts) {
      return Optional.of(opts);
    }
    return Optional.empty();
  }

  private static void addList(ExNode v, List<ExList> out) {
    if (v instanceof ExList l) {
      out.add(l);
    }
  }

  /** Whether the option is set to literal {@code false}. */
  public static Optional<ExPair> setFalse(ConfigCall c, String key) {
    return c.options().keyword(key).filter(p -> p.value().asAtomName().orElse("").equals("false"));
  }

  /**
   * Whether the call sits inside a condition that does not test the Mix environment
   * ({@code if System.get_env("ROLE") == "web" do ... end}): it then applies to some nodes only.
   */
  public static boolean underRuntimeCondition(ParsedFile f, ConfigCall c) {
    for (ExNode n : ExWalker.pathAt(ElixirViews.ast(f).root(), c.range().start())) {
      if (n == c.call()) {
        return false;
      }
      if (n instanceof ExCall call && call.receiver() == null
          && CONDITIONALS.contains(call.name()) && !testsEnvironment(call)) {
        return true;
      }
    }
    return false;
  }

  private static boolean testsEnvironment(ExCall conditional) {
    if (conditional.args().isEmpty()) {
      return false;
    }
    boolean[] found = {false};
    ExWalker.walk(conditional.args().get(0), (n, path) -> {
      found[0] |= n instanceof ExCall k && (k.name().equals("config_env") || k.name().equals("Mix.env"))
          || n instanceof ExVar v && v.name().equals("config_env");
      return !found[0];
    });
    return found[0];
  }
}
