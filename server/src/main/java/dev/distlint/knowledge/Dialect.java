package dev.distlint.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * One grammar file: a library or a family of settings, with the contexts its keys live in.
 * {@code version} is the version the facts were checked against.
 */
public record Dialect(
    String id,
    String title,
    String packageName,
    String version,
    List<String> fileKinds,
    String doc,
    Source source,
    List<Context> contexts) {

  public Dialect {
    fileKinds = List.copyOf(fileKinds);
    contexts = List.copyOf(contexts);
  }

  public Optional<Context> context(String contextId) {
    return contexts.stream().filter(c -> c.id().equals(contextId)).findFirst();
  }
}
