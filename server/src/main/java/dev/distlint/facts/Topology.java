package dev.distlint.facts;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.view.ConfigCall;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One libcluster topology, read from {@code config :libcluster, topologies: [...]} in a config
 * script or from a {@code {Cluster.Supervisor, [topologies, opts]}} child.
 *
 * <p>{@code spec} is the topology's keyword list ({@code [strategy: ..., config: [...]]}) and
 * {@code nameNode} the key that names it. {@code strategy} is the module name with aliases of the
 * file resolved and a leading {@code Elixir.} removed; it is null when {@code strategy:} is absent
 * or not a literal module ({@code strategyNode} then tells which). {@code config} is the literal
 * keyword list under {@code config:}: null when the key is absent ({@code configNode} null too)
 * and also when the value is not a literal keyword list ({@code configNode} non-null), in which case
 * its keys are unknown. {@code env} and {@code runtime} come from the enclosing config call (see
 * {@link ConfigCall#env()}); both are null/false for a child spec.
 */
public record Topology(String name, ExNode nameNode, ExList spec, String strategy,
    ExNode strategyNode, ExNode configNode, ExList config, String path, String env,
    boolean runtime, Origin origin) {

  /** Where the topology was written. */
  public enum Origin { CONFIG, CHILD }

  /** Whether the keys under {@code config:} are all known: a literal list, or no config at all. */
  public boolean configKnown() {
    return configNode == null || config != null;
  }

  /** The keyword pairs under {@code config:}; empty when there are none or they are unknown. */
  public List<ExPair> configPairs() {
    return config == null ? List.of() : config.pairs();
  }

  public Optional<ExPair> configPair(String key) {
    return config == null ? Optional.empty() : config.keyword(key);
  }

  /** The value of {@code config: [key: value]}. */
  public Optional<ExNode> configValue(String key) {
    return configPair(key).map(ExPair::value);
  }

  /** The value of a config key when it is a plain string literal. */
  public Optional<String> configString(String key) {
    return configValue(key).flatMap(ExNode::asStringValue);
  }

  /** The value of a config key when it is an atom literal (without the colon). */
  public Optional<String> configAtom(String key) {
    return configValue(key).flatMap(ExNode::asAtomName);
  }

  /** The value of a config key when it is an integer literal. */
  public OptionalLong configLong(String key) {
    return configValue(key).map(ExNode::asLong).orElse(OptionalLong.empty());
  }

  public boolean hasConfigKey(String key) {
    return configPair(key).isPresent();
  }

  /** The range to report a topology-wide finding on: its name, else its keyword list. */
  public TextRange anchor() {
    return nameNode != null ? nameNode.range() : spec.range();
  }

  /** Whether the topology takes effect in Mix environment {@code envName}. */
  public boolean appliesTo(String envName) {
    return ConfigCall.appliesTo(env, envName);
  }

  /**
   * True when the topology is written for production only: {@code config/prod.exs}, or a branch
   * of {@code config_env() == :prod}; not when it applies to dev or test as well.
   */
  public boolean prodOnly() {
    return env != null && appliesTo("prod") && !appliesTo("dev") && !appliesTo("test");
  }

  /** True when the topology applies only to dev and/or test ({@code dev.exs}, {@code test.exs}). */
  public boolean devOrTestOnly() {
    return env != null && !appliesTo("prod") && (appliesTo("dev") || appliesTo("test"));
  }
}
