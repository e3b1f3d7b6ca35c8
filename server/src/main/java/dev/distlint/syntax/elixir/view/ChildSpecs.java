package dev.distlint.syntax.elixir.view;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.elixir.ElixirFile;
import dev.distlint.syntax.elixir.ExAlias;
import dev.distlint.syntax.elixir.ExAtom;
import dev.distlint.syntax.elixir.ExBinary;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExMap;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExTuple;
import dev.distlint.syntax.elixir.ExVar;
import dev.distlint.syntax.elixir.ExWalker;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The supervisor children declared in a file such as {@code lib/my_app/application.ex}: the
 * lists bound to {@code children} and those passed to {@code Supervisor.start_link/2} or
 * {@code Supervisor.init/2}, through {@code ++}, {@code if}/{@code else} and local variables.
 * Variables bound earlier in the same function can be looked up with
 * {@link #resolveVariable(String, int)}, so that a rule can see what {@code topologies} in
 * {@code {Cluster.Supervisor, [topologies, [name: ...]]}} is.
 */
public final class ChildSpecs {
  private static final Set<String> SUPERVISOR_CALLS =
      Set.of("Supervisor.start_link", "Supervisor.init");

  private final Variables variables;
  private final List<ChildSpec> children = new ArrayList<>();
  private final Set<TextRange> seenLists = new HashSet<>();

  private ChildSpecs(ElixirFile file) {
    this.variables = new Variables(file);
    ExWalker.walk(file, (node, path) -> {
      if (node instanceof ExBinary b && b.op().equals("=") && b.left() instanceof ExVar v
          && v.name().equals("children")) {
        collect(b.right());
      } else if (node instanceof ExCall c && SUPERVISOR_CALLS.contains(c.name())
          && !c.args().isEmpty()) {
        collect(c.args().get(0));
      }
      return true;
    });
  }

  public static ChildSpecs of(ElixirFile file) {
    return new ChildSpecs(file);
  }

  /** The children in source order, each once. */
  public List<ChildSpec> children() {
    return List.copyOf(children);
  }

  /** The first child whose module is {@code module} ({@code "Cluster.Supervisor"}). */
  public Optional<ChildSpec> find(String module) {
    return children.stream().filter(c -> c.module().equals(module)).findFirst();
  }

  /**
   * The expression last bound to variable {@code name} ({@code name = expr}) before
   * {@code beforeOffset} in the same function (or at top level when the offset is outside any
   * function).
   */
  public Optional<ExNode> resolveVariable(String name, int beforeOffset) {
    return variables.resolve(name, beforeOffset);
  }

  private void collect(ExNode start) {
    Deque<ExNode> work = new ArrayDeque<>();
    work.push(start);
    int budget = 1_000;
    while (!work.isEmpty() && budget-- > 0) {
      ExNode n = work.pop();
      if (n instanceof ExList list) {
        if (seenLists.add(list.range())) {
          list.items().forEach(this::addChild);
        }
      } else if (n instanceof ExBinary b && (b.op().equals("++") || b.op().equals("|>"))) {
        work.push(b.op().equals("++") ? b.right() : b.left());
        if (b.op().equals("++")) {
          work.push(b.left());
        }
      } else if (n instanceof ExCall c && (c.name().equals("if") || c.name().equals("unless"))) {
        lastOf(c.sectionStatements("else")).ifPresent(work::push);
        lastOf(c.sectionStatements("do")).ifPresent(work::push);
      } else if (n instanceof ExCall c && c.name().startsWith("Enum.") && !c.args().isEmpty()) {
        work.push(c.args().get(0));
      } else if (n instanceof ExVar v) {
        variables.resolve(v.name(), v.range().start()).ifPresent(work::push);
      }
    }
  }

  private static Optional<ExNode> lastOf(List<ExNode> statements) {
    return statements.isEmpty() ? Optional.empty()
        : Optional.of(statements.get(statements.size() - 1));
  }

  private void addChild(ExNode item) {
    childOf(item).ifPresent(children::add);
  }

  private static Optional<ChildSpec> childOf(ExNode item) {
    if (item instanceof ExTuple t && !t.items().isEmpty()) {
      ExNode args = t.items().size() > 1 ? t.items().get(1) : null;
      return moduleName(t.items().get(0)).map(m -> new ChildSpec(m, args, t.range(), t));
    }
    if (item instanceof ExAlias a) {
      return Optional.of(new ChildSpec(a.name(), null, a.range(), a));
    }
    if (item instanceof ExCall c && c.localName().equals("child_spec") && c.receiver() != null) {
      if (c.name().equals("Supervisor.child_spec") && !c.args().isEmpty()) {
        return childOf(c.args().get(0))
            .map(inner -> new ChildSpec(inner.module(), inner.args(), c.range(), c));
      }
      ExNode args = c.args().isEmpty() ? null : c.args().get(0);
      return moduleName(c.receiver()).map(m -> new ChildSpec(m, args, c.range(), c));
    }
    if (item instanceof ExMap map) {
      return map.atomKey("start").map(p -> p.value()).filter(ExTuple.class::isInstance)
          .map(ExTuple.class::cast).filter(t -> !t.items().isEmpty())
          .flatMap(t -> moduleName(t.items().get(0)).map(m -> new ChildSpec(
              m, t.items().size() > 2 ? t.items().get(2) : null, map.range(), map)));
    }
    return Optional.empty();
  }

  private static Optional<String> moduleName(ExNode n) {
    if (n instanceof ExAlias a) {
      return Optional.of(a.name());
    }
    if (n instanceof ExAtom a) {
      return Optional.of(":" + a.name());
    }
    return Optional.empty();
  }
}
