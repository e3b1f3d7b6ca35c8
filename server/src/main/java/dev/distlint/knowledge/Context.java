package dev.distlint.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * A place where keys are written: {@code config :libcluster}, one libcluster strategy's
 * {@code config:}, a child's options, the flags of vm.args, a fly.toml section.
 *
 * <p>{@code kind} is one of {@code app_env}, {@code options}, {@code strategy}, {@code flags},
 * {@code env}, {@code section}. {@code closed} says whether the key list is complete enough for
 * an unknown key to be reported (false for third-party strategies described in part, and for
 * contexts that list only the keys distlint explains). {@code openedBy} names keys that hand the
 * whole list to another module when they are given a value other than their default (Phoenix
 * PubSub's {@code adapter:}): a list that does so is not checked, since that module reads keys of
 * its own from it. {@code unknownKeysRaise} says that the library refuses to start on a key it
 * does not know (Oban) rather than ignoring it.
 */
public record Context(
    String dialect,
    String id,
    String title,
    String kind,
    boolean closed,
    String doc,
    String module,
    String packageName,
    String path,
    String nodeName,
    String envSh,
    List<Snippet> snippets,
    List<KeySpec> keys,
    List<NotKey> notKeys,
    List<String> openedBy,
    boolean unknownKeysRaise,
    Source source) {

  public Context {
    snippets = List.copyOf(snippets);
    keys = List.copyOf(keys);
    notKeys = List.copyOf(notKeys);
    openedBy = List.copyOf(openedBy);
  }

  public Optional<KeySpec> key(String name) {
    return keys.stream().filter(k -> k.name().equals(name)).findFirst();
  }

  public Optional<NotKey> notKey(String name) {
    return notKeys.stream().filter(k -> k.name().equals(name)).findFirst();
  }

  public List<String> keyNames() {
    return keys.stream().map(KeySpec::name).toList();
  }

  /** Keys that are unconditionally required. */
  public List<KeySpec> requiredKeys() {
    return keys.stream().filter(KeySpec::required).toList();
  }

  /** {@code dialect/id}, the form rule docs use to name a context. */
  public String ref() {
    return dialect + "/" + id;
  }

  public boolean isStrategy() {
    return "strategy".equals(kind);
  }
}
