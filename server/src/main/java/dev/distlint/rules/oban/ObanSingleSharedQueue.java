package dev.distlint.rules.oban;

import dev.distlint.facts.code.ObanWorkers;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.FileKind;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.facts.oban.ObanConfigs;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.view.ConfigCall;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * More than five Oban worker modules share the one queue of the project's only Oban instance.
 * Config scripts deep-merge {@code queues:}, so the queues of every non-test script count.
 */
public final class ObanSingleSharedQueue implements Rule {

  @Override
  public String id() {
    return "oban-single-shared-queue";
  }

  @Override
  public void check(RuleContext ctx) {
    if (ctx.file().kind() != FileKind.EXS) {
      return;
    }
    List<ConfigCall> all = obanCalls(ctx);
    if (all.stream().map(c -> c.app() + " " + c.module()).distinct().count() != 1) {
      return;
    }
    Set<String> queues = new LinkedHashSet<>();
    for (ConfigCall c : all) {
      Optional<ExPair> q = c.options().keyword("queues");
      if (q.isEmpty()) {
        continue;
      }
      if (!(q.get().value() instanceof ExList l) || !l.isKeywordList()) {
        return;
      }
      l.pairs().forEach(p -> queues.add(p.keyName()));
    }
    int workers = ObanWorkers.all(ctx.workspace()).size();
    if (queues.size() != 1 || workers <= ctx.params().longValue("max-workers")) {
      return;
    }
    for (ConfigCall c : ElixirViews.config(ctx.file()).calls()) {
      if (all.contains(c)) {
        c.options().keyword("queues").ifPresent(p -> ctx.report(p.range(), "Oban runs every job"
            + " in the one queue '" + queues.iterator().next() + "' while " + workers
            + " modules use Oban.Worker: one slow or failing job type can hold every slot."));
      }
    }
  }

  /** The Oban config calls that apply outside tests, in every config script. */
  private static List<ConfigCall> obanCalls(RuleContext ctx) {
    return ObanConfigs.all(ctx.workspace()).stream().filter(c -> c.appliesTo("prod")).toList();
  }
}
