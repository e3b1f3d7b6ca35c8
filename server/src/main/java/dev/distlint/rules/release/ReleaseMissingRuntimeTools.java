package dev.distlint.rules.release;

import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.TextRange;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExAtom;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExWalker;
import java.util.List;
import java.util.Map;

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
    for (Map.Entry<String, ExList> r : releases.entrySet()) {
      ExList options = r.getValue();
      TextRange range = options.range();
      if (mentions.stream().anyMatch(range::containsRange)) {
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
    return ExWalker.findAll(ElixirViews.ast(ctx.file()).root(), ExAtom.class).stream()
        .filter(a -> a.name().equals("runtime_tools")).map(ExAtom::range).toList();
  }

  /** Outside every release (in {@code extra_applications}, say), so every release has it. */
  private static boolean outside(TextRange mention, Map<String, ExList> releases) {
    return releases.values().stream().noneMatch(r -> r.range().containsRange(mention));
  }
}
