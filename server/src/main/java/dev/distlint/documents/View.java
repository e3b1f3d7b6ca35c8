package dev.distlint.documents;

import java.util.function.Function;

/**
 * A typed, memoised view of a parsed file (its YAML tree, its Kubernetes objects, its libcluster
 * topologies...). Declared once as a constant; computed at most once per file version.
 */
public final class View<T> {
  private final String name;
  private final Function<ParsedFile, T> compute;

  private View(String name, Function<ParsedFile, T> compute) {
    this.name = name;
    this.compute = compute;
  }

  public static <T> View<T> of(String name, Function<ParsedFile, T> compute) {
    return new View<>(name, compute);
  }

  T compute(ParsedFile f) {
    return compute.apply(f);
  }

  @Override
  public String toString() {
    return name;
  }
}
