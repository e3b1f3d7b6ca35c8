package dev.distlint.facts;

import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.view.ChildSpec;
import java.util.List;
import java.util.Optional;

/**
 * A {@code {DNSCluster, opts}} child. {@code options} is its keyword list (null when the child has
 * no options or they are not a literal keyword list) and {@code query} the value of {@code query:}
 * (null when absent). {@code queryKind} classifies the value; for
 * {@link QueryKind#APP_ENV} ({@code Application.get_env(:app, :key)}, possibly
 * {@code || :ignore}) {@code envApp}/{@code envKey} name the setting, and {@code configured} holds
 * the {@code config :app, :key, ...} calls found in the workspace (filled by
 * {@link Discovery#of}; empty in the per-file view). {@code literals} are the query names when
 * written as literals, here or in the configured values.
 */
public record DnsClusterChild(ChildSpec child, ExList options, ExNode query, QueryKind queryKind,
    boolean ignoreFallback, String envApp, String envKey, String path,
    List<ConfiguredQuery> configured) {

  public DnsClusterChild {
    configured = List.copyOf(configured);
  }

  /** How the {@code query:} value is written. */
  public enum QueryKind {
    /** No {@code query:} option (or no options at all). */
    MISSING,
    /** The atom {@code :ignore}: the child starts nothing. */
    IGNORE,
    /** A literal string, list of strings or {@code {basename, query}} tuples. */
    LITERAL,
    /** {@code Application.get_env(:app, :key)}, possibly with a fallback. */
    APP_ENV,
    /** Anything else (an environment read, a function call, a variable). */
    OTHER
  }

  /** A {@code config :app, :key, value} that sets the query read by the child. */
  public record ConfiguredQuery(String path, ExNode value, String env, boolean runtime,
      List<String> literals) {
    public ConfiguredQuery {
      literals = List.copyOf(literals);
    }
  }

  public Optional<ExNode> option(String key) {
    return options == null ? Optional.empty() : options.keywordValue(key);
  }

  /** The literal query names: from the child itself, or else from the configured values. */
  public List<String> literalQueries() {
    if (queryKind == QueryKind.LITERAL) {
      return Queries.literals(query);
    }
    return configured.stream().flatMap(c -> c.literals().stream()).distinct().toList();
  }

  DnsClusterChild withConfigured(List<ConfiguredQuery> found) {
    return new DnsClusterChild(child, options, query, queryKind, ignoreFallback, envApp, envKey,
        path, found);
  }
}
