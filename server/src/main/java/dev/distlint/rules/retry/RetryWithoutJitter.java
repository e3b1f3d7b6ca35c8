package dev.distlint.rules.retry;

import dev.distlint.facts.code.HttpRetries;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExNumber;
import dev.distlint.syntax.elixir.ExPair;
import java.util.Optional;
import java.util.Set;

/**
 * HTTP-client retries that wait a fixed time with no jitter: a constant {@code retry_delay} or
 * {@code backoff}, or Tesla's retry middleware with {@code jitter_factor: 0}.
 */
public final class RetryWithoutJitter implements Rule {
  private static final Set<String> FIXED_DELAY_KEYS = Set.of("retry_delay", "backoff");

  @Override
  public String id() {
    return "retry-without-jitter";
  }

  @Override
  public void check(RuleContext ctx) {
    for (HttpRetries.Options o : HttpRetries.of(ctx.file())) {
      if (o.tesla()) {
        o.list().keyword("jitter_factor").filter(p -> isZero(p.value())).ifPresent(p ->
            ctx.report(p.range(), HttpRetries.TESLA_RETRY + " jitter_factor: "
                + ctx.file().slice(p.value().range()) + " makes every client retry on the same"
                + " schedule."));
        continue;
      }
      if (o.list().pairs().stream().anyMatch(p -> p.keyName().contains("jitter"))
          || o.list().keywordValue("retry").flatMap(ExNode::asAtomName)
              .filter("false"::equals).isPresent()) {
        continue;
      }
      fixedDelay(o).ifPresent(p -> ctx.report(p.range(), o.client() + " retries after a fixed "
          + p.keyName() + " of " + ctx.file().slice(p.value().range()) + " with no jitter, so"
          + " clients that failed together retry together."));
    }
  }

  private static Optional<ExPair> fixedDelay(HttpRetries.Options o) {
    return o.list().pairs().stream().filter(p -> FIXED_DELAY_KEYS.contains(p.keyName())
        && p.value().asLong().isPresent()).findFirst();
  }

  private static boolean isZero(ExNode v) {
    return v instanceof ExNumber n && n.value() != null && n.value().doubleValue() == 0.0;
  }
}
