package dev.distlint.rules.libcluster;

import dev.distlint.facts.discovery.Topologies;
import dev.distlint.knowledge.KeySpec;
import dev.distlint.knowledge.StrategySpec;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.Severity;
import dev.distlint.base.TextRange;
import dev.distlint.facts.Discovery;
import dev.distlint.facts.Topology;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A topology whose strategy config lacks a key the strategy fetches. Most strategies crash at
 * start (error); two do nothing instead of crashing (warning): DNSPoll with both of its keys
 * missing, and a strategy whose grammar marks the key as required only in practice (Epmd).
 */
public final class LibclusterMissingRequiredKey implements Rule {
  private static final String DNS_POLL = "Cluster.Strategy.DNSPoll";

  @Override
  public String id() {
    return "libcluster-missing-required-key";
  }

  @Override
  public void check(RuleContext ctx) {
    for (Topology t : Discovery.topologies(ctx.file())) {
      Optional<StrategySpec> spec = Topologies.spec(t);
      if (spec.isEmpty() || !t.configKnown()) {
        continue;
      }
      List<KeySpec> required = spec.get().context().requiredKeys();
      List<KeySpec> missing = required.stream().filter(k -> !t.hasConfigKey(k.name())).toList();
      if (missing.isEmpty()) {
        continue;
      }
      String names = missing.stream().map(k -> "'" + k.name() + "'")
          .collect(Collectors.joining(", "));
      String strategy = Topologies.shortName(t.strategy());
      RuleContext.Report r = ctx.at(t.anchor(), "Topology '" + t.name() + "' uses " + strategy
          + " without " + names + "; " + consequence(t, missing, required.size()));
      if (quiet(t, missing, required.size())) {
        r.severity(Severity.WARNING);
      }
      fix(ctx, t, missing).ifPresent(r::fix);
      r.emit();
    }
  }

  private static boolean quiet(Topology t, List<KeySpec> missing, int requiredCount) {
    if (DNS_POLL.equals(t.strategy())) {
      return missing.size() == requiredCount;
    }
    return missing.stream().allMatch(k -> k.requiredNote() != null
        && k.requiredNote().startsWith("Required in practice"));
  }

  private static String consequence(Topology t, List<KeySpec> missing, int requiredCount) {
    if (DNS_POLL.equals(t.strategy())) {
      return missing.size() == requiredCount
          ? "the strategy logs a warning and never connects any node."
          : "the strategy crashes with a FunctionClauseError when it starts.";
    }
    if (quiet(t, missing, requiredCount)) {
      return "the strategy starts nothing and connects no node.";
    }
    return "the strategy raises a KeyError when it starts, which stops the application.";
  }

  private static Optional<Fix> fix(RuleContext ctx, Topology t, List<KeySpec> missing) {
    if (t.config() == null) {
      return Optional.empty();
    }
    Optional<TextRange> at = Topologies.appendPoint(t.config());
    if (at.isEmpty()) {
      return Optional.empty();
    }
    String sep = Topologies.separator(ctx.file(), t.config());
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < missing.size(); i++) {
      KeySpec k = missing.get(i);
      text.append(i == 0 ? sep : sep.isEmpty() ? ", " : sep)
          .append(k.name()).append(": ").append(Topologies.placeholder(k));
    }
    String title = "Add " + missing.stream().map(KeySpec::name).collect(Collectors.joining(", "));
    return Optional.of(new Fix(title, List.of(
        new Fix.FileEdit(ctx.file().path(), at.get(), text.toString())), false));
  }
}
