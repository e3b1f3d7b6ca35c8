package dev.distlint.rules.oban;

import dev.distlint.facts.code.ObanWorkers;
import dev.distlint.facts.Fact;
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
import dev.distlint.workspace.Workspace;

/**
 * More than five Oban worker modules share the one queue of the project's only Oban instance.
 * Config scripts deep-merge {@code queues:}, so the queues of every non-test script count.
 */
public final class ObanSingleSharedQueue implements Rule {

  @Override
  public String id() {
    return "oban-single-shared-queue";
  }

  /** The one queue every prod Oban config of the workspace names, and those configs; or null. */
  private static final Fact<Shared> SHARED = Fact.of("oban-single-shared-queue",
      ObanSingleSharedQueue::shared);

  private record Shared(String queue, Set<ConfigCall> calls) {
  }

  @Override
  public void check(RuleContext ctx) {
    if (ctx.file().kind() != FileKind.EXS) {
      return;
    }
    Shared shared = SHARED.in(ctx.workspace());
    if (shared == null) {
      return;
    }
    int workers = ObanWorkers.all(ctx.workspace()).size();
    if (workers <= ctx.params().longValue("max-workers")) {
      return;
    }
    for (ConfigCall c : ElixirViews.config(ctx.file()).calls()) {
      if (shared.calls().contains(c)) {
        c.options().keyword("queues").ifPresent(p -> ctx.report(p.range(), "Oban runs every job"
            + " in the one queue '" + shared.queue() + "' while " + workers
            + " modules use Oban.Worker: one slow or failing job type can hold every slot."));
      }
    }
  }

  /**
   * Computed once per snapshot, since it depends on the workspace alone: the Oban config calls
   * that apply outside tests, when they configure one instance whose queues (deep-merged across
   * scripts) are a single one.
   */
  private static Shared shared(Workspace ws) {
    List<ConfigCall> all = ObanConfigs.all(ws).stream().filter(c -> c.appliesTo("prod")).toList();
    if (all.stream().map(c -> c.app() + " " + c.module()).distinct().count() != 1) {
      return null;
    }
    Set<String> queues = new LinkedHashSet<>();
    for (ConfigCall c : all) {
      Optional<ExPair> q = c.options().keyword("queues");
      if (q.isEmpty()) {
        continue;
      }
      if (!(q.get().value() instanceof ExList l) || !l.isKeywordList()) {
        return null;
      }
      l.pairs().forEach(p -> queues.add(p.keyName()));
    }
    return queues.size() == 1 ? new Shared(queues.iterator().next(), Set.copyOf(all)) : null;
  }
}
