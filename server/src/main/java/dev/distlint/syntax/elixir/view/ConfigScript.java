package dev.distlint.syntax.elixir.view;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.elixir.ElixirFile;
import dev.distlint.syntax.elixir.ExAlias;
import dev.distlint.syntax.elixir.ExAtom;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.ExWalker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code config} calls of a config script ({@code config/config.exs}, {@code dev.exs},
 * {@code prod.exs}, {@code test.exs}, {@code runtime.exs}), found wherever they are nested, with
 * the environment each applies to.
 */
public final class ConfigScript {
  private final List<ConfigCall> calls;
  private final String fileEnv;
  private final boolean runtime;

  private ConfigScript(List<ConfigCall> calls, String fileEnv, boolean runtime) {
    this.calls = List.copyOf(calls);
    this.fileEnv = fileEnv;
    this.runtime = runtime;
  }

  /**
   * Reads the config calls of {@code file}; {@code fileName} (a path or a bare name) tells the
   * environment of {@code config/prod.exs} and the like, and whether the file is
   * {@code runtime.exs} (or the older {@code releases.exs}).
   */
  public static ConfigScript of(ElixirFile file, String fileName) {
    String base = baseName(fileName);
    boolean runtime = base.equals("runtime") || base.equals("releases");
    String fileEnv = runtime || base.equals("config") || base.isEmpty() ? null : base;
    List<ConfigCall> calls = new ArrayList<>();
    ExWalker.walk(file, (node, path) -> {
      if (node instanceof ExCall call && isConfigCall(call)) {
        String env = EnvCondition.enclosing(path, node, fileEnv);
        toConfigCall(call, env, runtime).ifPresent(calls::add);
      }
      return true;
    });
    return new ConfigScript(calls, fileEnv, runtime);
  }

  public List<ConfigCall> calls() {
    return calls;
  }

  /** The calls configuring application {@code app} (without the colon). */
  public List<ConfigCall> forApp(String app) {
    return calls.stream().filter(c -> c.app().equals(app)).toList();
  }

  /** The calls configuring {@code module} of {@code app} ({@code config :app, Module, ...}). */
  public List<ConfigCall> forModule(String app, String module) {
    return calls.stream().filter(c -> c.app().equals(app) && module.equals(c.module())).toList();
  }

  /** The environment given by the file name ({@code "prod"} for config/prod.exs), or null. */
  public String fileEnv() {
    return fileEnv;
  }

  public boolean runtime() {
    return runtime;
  }

  private static boolean isConfigCall(ExCall call) {
    return (call.name().equals("config") && call.receiver() == null
        || call.name().equals("Config.config")) && call.args().size() >= 2;
  }

  private static Optional<ConfigCall> toConfigCall(ExCall call, String env, boolean runtime) {
    Optional<String> app = call.args().get(0).asAtomName();
    if (app.isEmpty()) {
      return Optional.empty();
    }
    ExNode second = call.args().get(1);
    ExNode third = call.args().size() > 2 ? call.args().get(2) : null;
    String module = null;
    String key = null;
    ExList options;
    if (second instanceof ExAlias alias) {
      module = alias.name();
      options = keywordsOr(third, alias.range());
    } else if (second instanceof ExAtom atom && third != null) {
      key = atom.name();
      TextRange r = atom.range().union(third.range());
      options = new ExList(List.of(new ExPair(atom, third, atom.range(), r)), r);
    } else {
      options = keywordsOr(second, second.range());
    }
    return Optional.of(
        new ConfigCall(app.get(), module, key, options, call.range(), env, runtime, call));
  }

  private static ExList keywordsOr(ExNode node, TextRange fallback) {
    if (node instanceof ExList list && list.isKeywordList()) {
      return list;
    }
    TextRange r = node == null ? TextRange.at(fallback.end()) : node.range();
    return new ExList(List.of(), r);
  }

  private static String baseName(String fileName) {
    if (fileName == null) {
      return "";
    }
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.indexOf('.');
    return dot >= 0 ? name.substring(0, dot) : name;
  }
}
