package dev.distlint.facts;

import dev.distlint.syntax.elixir.ExAtom;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.ExVar;
import dev.distlint.syntax.elixir.view.ChildSpecs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a {@code topologies} value ({@code [name: [strategy: ..., config: [...]]]}) into
 * {@link Topology} records, following variables bound earlier in the same file and the file's
 * aliases. Values it cannot read literally are skipped, never guessed.
 */
final class TopologyReader {
  private final ChildSpecs scope;
  private final Aliases aliases;
  private final String path;

  TopologyReader(ChildSpecs scope, Aliases aliases, String path) {
    this.scope = scope;
    this.aliases = aliases;
    this.path = path;
  }

  /** A variable's bound value (one step at a time, a few steps at most), else the node itself. */
  ExNode follow(ExNode node) {
    ExNode current = node;
    for (int i = 0; i < 4 && current instanceof ExVar v; i++) {
      Optional<ExNode> bound = scope.resolveVariable(v.name(), v.range().start());
      if (bound.isEmpty()) {
        return current;
      }
      current = bound.get();
    }
    return current;
  }

  List<Topology> read(ExNode topologies, String env, boolean runtime, Topology.Origin origin) {
    List<Topology> out = new ArrayList<>();
    if (!(follow(topologies) instanceof ExList list) || !list.isKeywordList()) {
      return out;
    }
    for (ExPair entry : list.pairs()) {
      if (follow(entry.value()) instanceof ExList spec && spec.isKeywordList()) {
        out.add(topology(entry, spec, env, runtime, origin));
      }
    }
    return out;
  }

  private Topology topology(ExPair entry, ExList spec, String env, boolean runtime,
      Topology.Origin origin) {
    ExNode strategyNode = spec.keywordValue("strategy").orElse(null);
    ExNode configNode = spec.keywordValue("config").orElse(null);
    ExList config = null;
    if (configNode != null && follow(configNode) instanceof ExList l && l.isKeywordList()) {
      config = l;
    }
    return new Topology(entry.keyName(), entry.key(), spec, strategyName(strategyNode),
        strategyNode, configNode, config, path, env, runtime, origin);
  }

  private String strategyName(ExNode node) {
    if (node == null) {
      return null;
    }
    Optional<String> alias = node.asAliasName();
    if (alias.isPresent()) {
      return aliases.resolve(alias.get());
    }
    if (node instanceof ExAtom a && a.name().startsWith("Elixir.")) {
      return a.name().substring("Elixir.".length());
    }
    return null;
  }
}
