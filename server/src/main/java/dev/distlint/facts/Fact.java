package dev.distlint.facts;

import dev.distlint.workspace.Workspace;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A named, typed fact about one workspace snapshot (the discovery setup, the quorum workloads,
 * the platform's shutdown budgets...), declared once as a constant and computed at most once per
 * snapshot, whoever asks first: a rule, the review, a hover, an inlay hint or a code lens. Every
 * read is recorded by the workspace, so a re-check can tell which results an edit may change.
 */
public final class Fact<T> {
  private final String name;
  private final Function<Workspace, T> compute;

  private Fact(String name, Function<Workspace, T> compute) {
    this.name = name;
    this.compute = compute;
  }

  public static <T> Fact<T> of(String name, Function<Workspace, T> compute) {
    return new Fact<>(Objects.requireNonNull(name), Objects.requireNonNull(compute));
  }

  /** A fact for each key of some kind (a kernel parameter, a dependency name). */
  public static <K, T> Family<K, T> family(String name, BiFunction<Workspace, K, T> compute) {
    return new Family<>(Objects.requireNonNull(name), Objects.requireNonNull(compute));
  }

  /** This fact's value in {@code ws} (may be null: "the workspace does not say"). */
  public T in(Workspace ws) {
    return ws.fact(this, compute);
  }

  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }

  /** Facts that differ by a key; each key's value is computed once per snapshot. */
  public static final class Family<K, T> {
    private final String name;
    private final BiFunction<Workspace, K, T> compute;

    private Family(String name, BiFunction<Workspace, K, T> compute) {
      this.name = name;
      this.compute = compute;
    }

    public T in(Workspace ws, K key) {
      return ws.fact(new Member(this, key), w -> compute.apply(w, key));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private record Member(Family<?, ?> family, Object key) {
    // Written out: looked up for every rule on every file, and the generated ones are slower
    // under the client compiler. Same meaning: the family by identity, the key by equals.
    @Override
    public boolean equals(Object o) {
      return o instanceof Member m && m.family == family && Objects.equals(m.key, key);
    }

    @Override
    public int hashCode() {
      return 31 * System.identityHashCode(family) + Objects.hashCode(key);
    }

    @Override
    public String toString() {
      return family + "(" + key + ")";
    }
  }
}
