package dev.distlint.syntax.elixir.view;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import java.util.Arrays;
import java.util.Optional;

/**
 * One {@code config} call of a config script, in any of its three forms:
 * <ul>
 *   <li>{@code config :app, key: value, ...}: {@code module} and {@code key} are null;</li>
 *   <li>{@code config :app, Module, key: value}: {@code module} is the alias name;</li>
 *   <li>{@code config :app, :key, value}: {@code key} is set and {@code options} is the
 *       equivalent one-item keyword list {@code [key: value]} (its pair's range covers
 *       {@code :key, value}), so rules can read every form through {@link #get(String)}.</li>
 * </ul>
 * {@code options} is never null (empty when the options are not a literal keyword list).
 *
 * <p>{@code env} says for which Mix environments the call runs: null when unconditional,
 * {@code "prod"} for one environment, {@code "prod,staging"} for any of several, and a leading
 * {@code !} for all but those ({@code "!prod"} in the else branch of
 * {@code if config_env() == :prod}). It comes from the innermost enclosing condition on
 * {@code config_env()} or {@code Mix.env()}, else from the file name ({@code config/prod.exs}).
 * Use {@link #appliesTo(String)} rather than parsing it. {@code runtime} is true in
 * {@code config/runtime.exs}, which is evaluated when the release boots.
 */
public record ConfigCall(String app, String module, String key, ExList options, TextRange range,
    String env, boolean runtime, ExCall call) {

  /** The value of option {@code name}, as a keyword of {@link #options()}. */
  public Optional<ExNode> get(String name) {
    return options.keywordValue(name);
  }

  /** In the three-argument form, the value given for {@link #key()}. */
  public Optional<ExNode> value() {
    return key == null ? Optional.empty() : options.keywordValue(key);
  }

  /** Whether the call takes effect when the config is loaded for environment {@code envName}. */
  public boolean appliesTo(String envName) {
    return appliesTo(env, envName);
  }

  /** Whether a call with environment {@code env} (see {@link #env()}) applies to {@code envName}. */
  public static boolean appliesTo(String env, String envName) {
    if (env == null) {
      return true;
    }
    boolean negated = env.startsWith("!");
    String names = negated ? env.substring(1) : env;
    boolean listed = Arrays.asList(names.split(",")).contains(envName);
    return negated != listed;
  }

  /**
   * Whether this is {@code config :app, Module, false} (or {@code nil}): the module's whole
   * configuration replaced by a value that turns it off, as apps do for an Oban instance a
   * release does not run.
   */
  public boolean switchedOff() {
    if (module == null || key != null || call == null) {
      return false;
    }
    return call.arg(2).flatMap(ExNode::asAtomName)
        .filter(a -> a.equals("false") || a.equals("nil")).isPresent();
  }
}
