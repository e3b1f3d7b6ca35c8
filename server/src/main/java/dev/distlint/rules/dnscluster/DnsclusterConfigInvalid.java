package dev.distlint.rules.dnscluster;

import java.util.stream.Collectors;
import dev.distlint.knowledge.Grammars;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.FileKind;
import dev.distlint.facts.Discovery;
import dev.distlint.facts.DnsClusterChild;
import dev.distlint.facts.DnsClusterChild.QueryKind;
import dev.distlint.syntax.elixir.ExAtom;
import dev.distlint.syntax.elixir.ExCharlist;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNumber;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.ExSigil;
import java.util.Optional;
import java.util.Set;

/**
 * DNSCluster options it rejects at init: no {@code query:}, a literal query that is not a string,
 * list of strings or {@code {basename, query}} tuples, or record types outside a, aaaa and srv. In
 * a config script, the same check on the {@code config :app, :dns_cluster_query} value a child
 * reads.
 */
public final class DnsclusterConfigInvalid implements Rule {
  /**
   * The record types DNSCluster accepts, as its grammar lists them ({@code :a} and so on); read
   * on first use, so building the rules does not load the grammars.
   */
  private static final class Types {
    static final Set<String> TYPES = Grammars.load()
        .key("dns_cluster", "child", "resource_types").orElseThrow().values().stream()
        .map(v -> v.value().replaceFirst("^:", "")).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public String id() {
    return "dnscluster-config-invalid";
  }

  @Override
  public void check(RuleContext ctx) {
    if (ctx.file().kind() == FileKind.EXS) {
      checkConfigured(ctx);
      return;
    }
    for (DnsClusterChild c : ctx.file().view(Discovery.DNS_CLUSTERS)) {
      if (c.queryKind() == QueryKind.MISSING) {
        ctx.report(c.child().range(), "DNSCluster child has no query: option; its init raises"
            + " ArgumentError and the application does not start.");
      } else if (c.query() != null) {
        badQuery(c.query()).ifPresent(why -> ctx.report(c.query().range(), why));
      }
      for (String key : new String[] {"resource_types", "dns_rr_types"}) {
        if (c.options() != null) {
          c.options().keyword(key).ifPresent(p -> checkTypes(ctx, p));
        }
      }
    }
  }

  private static void checkConfigured(RuleContext ctx) {
    for (DnsClusterChild c : Discovery.of(ctx.workspace()).dnsClusters()) {
      for (DnsClusterChild.ConfiguredQuery q : c.configured()) {
        if (q.path().equals(ctx.file().path())) {
          badQuery(q.value()).ifPresent(why -> ctx.report(q.value().range(), why));
        }
      }
    }
  }

  private static void checkTypes(RuleContext ctx, ExPair pair) {
    if (!(pair.value() instanceof ExList list)) {
      return;
    }
    for (ExNode item : list.items()) {
      Optional<String> atom = item.asAtomName();
      if (atom.isPresent() && !Types.TYPES.contains(atom.get())) {
        ctx.report(item.range(), "DNSCluster " + pair.keyName() + " accepts only :a, :aaaa and"
            + " :srv; :" + atom.get() + " makes its init raise ArgumentError.");
      }
    }
  }

  /** Why a literal query value is rejected, or empty when it is valid or not a literal. */
  private static Optional<String> badQuery(ExNode value) {
    if (value instanceof ExList list) {
      return list.items().stream().map(DnsclusterConfigInvalid::badItem)
          .flatMap(Optional::stream).findFirst();
    }
    Optional<String> atom = value.asAtomName();
    if (atom.isPresent()) {
      return atom.get().equals("ignore") || atom.get().equals("nil") ? Optional.empty()
          : Optional.of(REJECTED + "the atom :" + atom.get() + " makes init raise ArgumentError.");
    }
    return badItem(value);
  }

  private static final String REJECTED =
      "DNSCluster query must be :ignore, a string, a list of strings or {basename, query} tuples; ";

  private static boolean isCharlistSigil(ExNode item) {
    return item instanceof ExSigil s && s.sigil() != null && s.sigil().equalsIgnoreCase("c");
  }

  private static Optional<String> badItem(ExNode item) {
    String what = item instanceof ExNumber ? "a number"
        : item instanceof ExCharlist || isCharlistSigil(item) ? "a charlist"
        : item instanceof ExAtom a ? "the atom :" + a.name() : null;
    return what == null ? Optional.empty()
        : Optional.of(REJECTED + what + " makes init raise ArgumentError.");
  }
}
