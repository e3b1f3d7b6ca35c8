package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import java.util.List;

/**
 * A module alias: {@code Cluster.Strategy.Kubernetes}, {@code Elixir.Foo}, or an alias appended
 * to a module expression ({@code __MODULE__.Supervisor}). {@code name} is the dotted text as
 * written.
 */
public record ExAlias(String name, TextRange range) implements ExNode {
  @Override
  public List<ExNode> children() {
    return List.of();
  }

  /** The name without a leading {@code Elixir.}, which names the same module. */
  public String canonicalName() {
    return name.startsWith("Elixir.") ? name.substring("Elixir.".length()) : name;
  }
}
