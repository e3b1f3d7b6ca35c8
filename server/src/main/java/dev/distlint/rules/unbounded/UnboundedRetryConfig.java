package dev.distlint.rules.unbounded;

import dev.distlint.facts.code.ObanWorkers;
import dev.distlint.facts.code.HttpRetries;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.syntax.elixir.ExPair;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Retries without a useful bound: an HTTP client's {@code max_retries}/{@code retry} set to
 * {@code :infinity} or above 10, or an Oban worker's {@code max_attempts} above 50.
 */
public final class UnboundedRetryConfig implements Rule {
  private static final Set<String> HTTP_KEYS = Set.of("max_retries", "retry");

  @Override
  public String id() {
    return "unbounded-retry-config";
  }

  @Override
  public void check(RuleContext ctx) {
    long httpLimit = ctx.params().longValue("max-http-retries");
    long obanLimit = ctx.params().longValue("max-oban-attempts");
    for (HttpRetries.Options o : HttpRetries.of(ctx.file())) {
      for (ExPair p : o.list().pairs()) {
        if (HTTP_KEYS.contains(p.keyName()) && exceeds(p, httpLimit)) {
          ctx.report(p.range(), o.client() + " " + p.keyName() + ": "
              + ctx.file().slice(p.value().range()) + " lets every failed request be retried "
              + describe(p) + "; at most " + httpLimit + " keeps an outage from multiplying"
              + " the load.");
        }
      }
    }
    for (ObanWorkers.Worker w : ObanWorkers.of(ctx.file())) {
      w.options().keyword("max_attempts").filter(p -> exceeds(p, obanLimit)).ifPresent(p ->
          ctx.report(p.range(), "Oban worker max_attempts: " + ctx.file().slice(p.value().range())
              + " retries a failing job more than " + obanLimit + " times."));
    }
  }

  private static boolean exceeds(ExPair p, long limit) {
    if (p.value().asAtomName().filter("infinity"::equals).isPresent()) {
      return true;
    }
    OptionalLong n = p.value().asLong();
    return n.isPresent() && n.getAsLong() > limit;
  }

  private static String describe(ExPair p) {
    return p.value().asAtomName().isPresent() ? "without end" : "that many times";
  }
}
