package dev.distlint.rules.release;

import dev.distlint.base.FileKind;
import dev.distlint.base.Fix;
import dev.distlint.base.TextRange;
import dev.distlint.documents.ParsedFile;
import dev.distlint.facts.Fact;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExAtom;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.ExWalker;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A release of {@code mix.exs} that does not include runtime_tools: the release's options do
 * not name it, and neither does the project outside the releases ({@code extra_applications}).
 */
public final class ReleaseMissingRuntimeTools implements Rule {
  @Override
  public String id() {
    return "release-missing-runtime-tools";
  }

  @Override
  public void check(RuleContext ctx) {
    Map<String, ExList> releases = ctx.file().view(ElixirViews.MIX).releases();
    List<TextRange> mentions = mentions(ctx);
    if (releases.isEmpty() || mentions.stream().anyMatch(m -> outside(m, releases))) {
      return;
    }
    String text = ctx.file().text();
    Set<String> appsWithTools = ctx.file().view(ElixirViews.MIX).appsPath()
        .map(apps -> umbrellaAppsWithTools(ctx, apps)).orElse(Set.of());
    for (Map.Entry<String, ExList> r : releases.entrySet()) {
      ExList options = r.getValue();
      TextRange range = options.range();
      if (mentions.stream().anyMatch(range::containsRange)
          || releasedApps(options, appsWithTools).stream().anyMatch(appsWithTools::contains)) {
        continue;
      }
      RuleContext.Report report = ctx.at(range, "Release '" + r.getKey()
          + "' does not include runtime_tools: remote observer and tracing will not work on "
          + "its nodes.");
      int open = range.start();
      if (options.keyword("applications").isEmpty() && open < text.length()
          && text.charAt(open) == '[') {
        String insert = options.items().isEmpty() ? "applications: [runtime_tools: :permanent]"
            : "applications: [runtime_tools: :permanent], ";
        report.fix(new Fix("Add runtime_tools to release '" + r.getKey() + "'",
            List.of(new Fix.FileEdit(ctx.file().path(), TextRange.at(open + 1), insert)), true));
      }
      report.emit();
    }
  }

  /** Where mix.exs names {@code :runtime_tools}. */
  private static List<TextRange> mentions(RuleContext ctx) {
    return mentions(ctx.file());
  }

  private static List<TextRange> mentions(ParsedFile f) {
    return ExWalker.findAll(ElixirViews.ast(f), ExAtom.class).stream()
        .filter(a -> a.name().equals("runtime_tools")).map(ExAtom::range).toList();
  }

  /**
   * The applications of an umbrella (each {@code <apps_path>/<app>/mix.exs} beside this one)
   * whose own mix.exs names runtime_tools: a release of such an app starts it too.
   */
  private static Set<String> umbrellaAppsWithTools(RuleContext ctx, String appsPath) {
    String path = ctx.file().path();
    String dir = path.substring(0, path.length() - "mix.exs".length());
    return APPS_WITH_TOOLS.in(ctx.workspace(), dir + appsPath + "/");
  }

  private static final Fact.Family<String, Set<String>> APPS_WITH_TOOLS =
      Fact.family("umbrella-apps-with-runtime-tools", (ws, prefix) -> {
        Set<String> out = new TreeSet<>();
        for (ParsedFile f : ws.filesOf(FileKind.MIX)) {
          String p = f.path();
          if (p.startsWith(prefix) && p.endsWith("/mix.exs")
              && p.indexOf('/', prefix.length()) == p.length() - "/mix.exs".length()
              && !mentions(f).isEmpty()) {
            f.view(ElixirViews.MIX).app().ifPresent(out::add);
          }
        }
        return Set.copyOf(out);
      });

  /**
   * The umbrella applications a release starts: those its {@code applications:} names, or all of
   * them when it names none (Mix's default for an umbrella).
   */
  private static Set<String> releasedApps(ExList options, Set<String> umbrellaApps) {
    Optional<ExNode> apps = options.keywordValue("applications");
    if (apps.isEmpty() || !(apps.get() instanceof ExList list)) {
      return umbrellaApps;
    }
    Set<String> out = new TreeSet<>();
    for (ExPair pair : list.pairs()) {
      out.add(pair.keyName());
    }
    return out;
  }

  /** Outside every release (in {@code extra_applications}, say), so every release has it. */
  private static boolean outside(TextRange mention, Map<String, ExList> releases) {
    return releases.values().stream().noneMatch(r -> r.range().containsRange(mention));
  }
}
