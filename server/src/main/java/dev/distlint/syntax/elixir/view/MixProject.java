package dev.distlint.syntax.elixir.view;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.elixir.ElixirFile;
import dev.distlint.syntax.elixir.ExBinary;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.ExString;
import dev.distlint.syntax.elixir.ExTuple;
import dev.distlint.syntax.elixir.ExVar;
import dev.distlint.syntax.elixir.ExWalker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code mix.exs} declares: the keyword list returned by {@code project/0}, the app name,
 * the dependencies and the releases. A keyword value written as a call to a local function
 * ({@code deps: deps()}, {@code releases: releases()}) is followed to that function's last
 * expression.
 */
public final class MixProject {
  private final Map<String, ExNode> functions = new HashMap<>();
  private final ExList project;
  /** Read once, on first use; views are shared between threads, hence volatile. */
  private volatile List<MixDependency> deps;
  private volatile Map<String, MixDependency> depsByName;

  private MixProject(ElixirFile file) {
    ExWalker.walk(file, (node, path) -> {
      if (node instanceof ExCall c && c.receiver() == null
          && (c.name().equals("def") || c.name().equals("defp")) && !c.args().isEmpty()) {
        functionName(c.args().get(0)).ifPresent(name -> lastStatement(c)
            .ifPresent(body -> functions.putIfAbsent(name, body)));
        return false;
      }
      return true;
    });
    this.project = asList(functions.get("project")).orElse(null);
  }

  public static MixProject of(ElixirFile file) {
    return new MixProject(file);
  }

  /** The keyword list returned by {@code def project}. */
  public Optional<ExList> project() {
    return Optional.ofNullable(project);
  }

  /** The value of {@code app:} in the project, without the colon. */
  public Optional<String> app() {
    return project().flatMap(p -> p.keywordValue("app")).flatMap(ExNode::asAtomName);
  }

  /**
   * The folder of an umbrella's applications ({@code apps_path:}, relative to the project, without
   * a trailing slash); empty for a project that is not an umbrella.
   */
  public Optional<String> appsPath() {
    return project().flatMap(p -> p.keywordValue("apps_path")).flatMap(ExNode::asStringValue)
        .map(s -> s.replaceAll("/+$", ""));
  }

  /** The dependencies, from {@code deps:} in the project or else from {@code defp deps}. */
  public List<MixDependency> deps() {
    List<MixDependency> d = deps;
    if (d == null) {
      List<MixDependency> out = new ArrayList<>();
      section("deps").ifPresent(list -> list.items().forEach(
          item -> dependency(item).ifPresent(out::add)));
      d = List.copyOf(out);
      deps = d;
    }
    return d;
  }

  /** The first dependency named {@code name}. */
  public Optional<MixDependency> dep(String name) {
    return Optional.ofNullable(byName().get(name));
  }

  private Map<String, MixDependency> byName() {
    Map<String, MixDependency> m = depsByName;
    if (m == null) {
      m = new HashMap<>();
      for (MixDependency dep : deps()) {
        m.putIfAbsent(dep.name(), dep);
      }
      depsByName = m;
    }
    return m;
  }

  /** Release name to its options ({@code cookie}, {@code applications}, {@code steps}...). */
  public Map<String, ExList> releases() {
    Map<String, ExList> out = new LinkedHashMap<>();
    section("releases").ifPresent(list -> {
      for (ExPair p : list.pairs()) {
        ExList options = asList(p.value()).orElse(new ExList(List.of(), p.value().range()));
        out.put(p.keyName(), options);
      }
    });
    return out;
  }

  private Optional<ExList> section(String key) {
    Optional<ExNode> value = project().flatMap(p -> p.keywordValue(key));
    if (value.isPresent()) {
      return asList(value.get());
    }
    return asList(functions.get(key));
  }

  /** A literal list, or the list returned by the local function a call names. */
  private Optional<ExList> asList(ExNode node) {
    if (node instanceof ExList list) {
      return Optional.of(list);
    }
    Optional<String> name = functionName(node);
    if (name.isPresent() && functions.get(name.get()) instanceof ExList list) {
      return Optional.of(list);
    }
    return Optional.empty();
  }

  private static Optional<String> functionName(ExNode node) {
    if (node instanceof ExVar v) {
      return Optional.of(v.name());
    }
    if (node instanceof ExCall c && c.receiver() == null && c.args().isEmpty()) {
      return Optional.of(c.name());
    }
    if (node instanceof ExBinary b && b.op().equals("when")) {
      return functionName(b.left());
    }
    return Optional.empty();
  }

  private static Optional<ExNode> lastStatement(ExCall definition) {
    List<ExNode> body = definition.sectionStatements("do");
    return body.isEmpty() ? Optional.empty() : Optional.of(body.get(body.size() - 1));
  }

  private static Optional<MixDependency> dependency(ExNode item) {
    if (!(item instanceof ExTuple t) || t.items().isEmpty()) {
      return Optional.empty();
    }
    Optional<String> name = t.items().get(0).asAtomName();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String requirement = null;
    ExList options = null;
    for (ExNode element : t.items().subList(1, t.items().size())) {
      if (element instanceof ExString s && requirement == null) {
        requirement = s.value();
      } else if (element instanceof ExList l) {
        options = l;
      }
    }
    if (options == null) {
      TextRange end = TextRange.at(t.range().end());
      options = new ExList(List.of(), end);
    }
    List<String> only = new ArrayList<>();
    options.keywordValue("only").ifPresent(v -> {
      v.asAtomName().ifPresent(only::add);
      if (v instanceof ExList l) {
        l.items().forEach(i -> i.asAtomName().ifPresent(only::add));
      }
    });
    return Optional.of(new MixDependency(name.get(), requirement, only, options, t.range()));
  }
}
