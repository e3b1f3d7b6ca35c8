package dev.distlint.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * A libcluster strategy, seen from the rules: the module, the Hex package that provides it
 * ({@code libcluster} for core strategies), the keys it requires and knows, the node-name format
 * it assumes, and the env.sh lines and snippets that set it up.
 */
public record StrategySpec(Context context) {

  public String module() {
    return context.module();
  }

  /** The Hex package that must be a dependency for the module to exist. */
  public String packageName() {
    return context.packageName();
  }

  /** True when the module ships with libcluster itself. */
  public boolean isCore() {
    return "libcluster".equals(context.packageName());
  }

  public List<String> requiredKeys() {
    return context.requiredKeys().stream().map(KeySpec::name).toList();
  }

  public List<String> knownKeys() {
    return context.keyNames();
  }

  public Optional<KeySpec> key(String name) {
    return context.key(name);
  }

  /** Whether unknown keys may be reported; false for strategies described only in part. */
  public boolean keysComplete() {
    return context.closed();
  }

  public String nodeName() {
    return context.nodeName();
  }

  public String envSh() {
    return context.envSh();
  }

  public List<Snippet> snippets() {
    return context.snippets();
  }
}
