package dev.distlint.syntax.elixir.view;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a {@code mix.exs} deps list: {@code {:libcluster, "~> 3.3"}},
 * {@code {:ra, "~> 2.0", only: :test}}, {@code {:partisan, git: "..."}}. {@code requirement} is
 * null when absent or not a plain string; {@code only} lists the environments of {@code only:}
 * (empty when the dependency is for all); {@code options} is the keyword list (empty when none);
 * {@code range} covers the tuple.
 */
public record MixDependency(String name, String requirement, List<String> only, ExList options,
    TextRange range) {
  public MixDependency {
    only = List.copyOf(only);
  }

  /** Whether the dependency is present in environment {@code env}. */
  public boolean isFor(String env) {
    return only.isEmpty() || only.contains(env);
  }

  /** The value of option {@code key} ({@code runtime}, {@code override}, {@code git}...). */
  public Optional<ExNode> option(String key) {
    return options.keywordValue(key);
  }
}
