package dev.distlint.assist;

import dev.distlint.assist.ElixirScan.Frame;
import dev.distlint.knowledge.Context;
import dev.distlint.knowledge.Dialect;
import dev.distlint.knowledge.Grammars;
import dev.distlint.knowledge.StrategySpec;
import java.util.Optional;

/**
 * Maps an open frame of {@link ElixirScan} to the grammar context whose keys are written there:
 * {@code config :libcluster} → its app env, {@code topologies: [name: [} → a topology,
 * {@code config: [} inside a topology → the keys of the strategy named in that topology,
 * {@code {Horde.Registry, } → the registry's options, {@code hyparview: [} → Partisan's HyParView
 * keys, and so on. Nested contexts are found by name: a key whose name is also the id of a context
 * of the same dialect opens that context.
 */
final class ElixirPlaces {
  enum Kind {
    /** Statement level: whole snippets. */
    TOP,
    /** {@code config :} before the application atom. */
    CONFIG_APP,
    /** {@code config :my_app, } of an application no grammar describes: module names. */
    CONFIG_MODULE,
    /** The keys of {@link Place#context()}. */
    KEYS,
    /** Inside {@code topologies: [}: topology names, so topology snippets. */
    TOPOLOGIES,
    /** Inside a topology's {@code config: [} whose strategy is not known. */
    UNKNOWN_STRATEGY,
    /** Oban's {@code plugins: [}: plugin modules. */
    PLUGINS,
    /** Any other list: in application.ex, the children. */
    LIST,
    /** The first element of a tuple. */
    TUPLE_HEAD,
    NONE
  }

  /** Where the cursor's frame is; {@code outer} is the place of the enclosing frame. */
  record Place(Kind kind, Context context, StrategySpec strategy, Place outer) {
    static Place of(Kind kind) {
      return new Place(kind, null, null, null);
    }

    boolean is(String dialect, String context) {
      return this.context != null && this.context.dialect().equals(dialect)
          && this.context.id().equals(context);
    }
  }

  private final Grammars grammars;

  ElixirPlaces(Grammars grammars) {
    this.grammars = grammars;
  }

  /** Nesting deeper than this is no place a key is completed; it would only exhaust the stack. */
  private static final int MAX_NESTING = 200;

  Place resolve(Frame f) {
    int depth = 0;
    for (Frame x = f; x != null && depth <= MAX_NESTING; x = x.parent) {
      depth++;
    }
    if (depth > MAX_NESTING) {
      return Place.of(Kind.NONE);
    }
    if (f == null || f.type == 'd') {
      return Place.of(Kind.TOP);
    }
    if (f.type == 'c') {
      return configPlace(f);
    }
    if (f.type == '(' || f.type == '%' && f.key == null) {
      return Place.of(Kind.NONE);
    }
    if (f.key != null) {
      return nested(resolve(f.parent), f.parent, f.key);
    }
    Frame p = f.parent;
    if (f.type == '{') {
      if (f.head != null && f.index >= 1) {
        return moduleContext(f.head).map(c -> keys(c, null)).orElse(Place.of(Kind.NONE));
      }
      return new Place(Kind.TUPLE_HEAD, null, null, resolve(p));
    }
    if (p != null && p.type == '{' && p.head != null && p.index >= 1) {
      return moduleContext(p.head).map(c -> keys(c, null)).orElse(Place.of(Kind.NONE));
    }
    return Place.of(Kind.LIST);
  }

  private Place configPlace(Frame f) {
    if (f.app == null) {
      return Place.of(Kind.CONFIG_APP);
    }
    if (f.module != null) {
      return moduleContext(f.module).map(c -> keys(c, null)).orElse(Place.of(Kind.NONE));
    }
    Optional<Context> env = grammars.dialect(f.app).flatMap(ElixirPlaces::appEnv);
    if (env.isPresent()) {
      return keys(env.get(), null);
    }
    return Place.of(Kind.CONFIG_MODULE);
  }

  private static Optional<Context> appEnv(Dialect d) {
    return d.contexts().stream().filter(c -> "app_env".equals(c.kind())).findFirst();
  }

  /** The place opened by {@code key: [} inside {@code outer} (written in frame {@code of}). */
  private Place nested(Place outer, Frame of, String key) {
    if (outer.kind() == Kind.TOPOLOGIES) {
      return grammars.context(Grammars.LIBCLUSTER, "topology").map(c -> keys(c, outer))
          .orElse(Place.of(Kind.NONE));
    }
    if (outer.kind() != Kind.KEYS) {
      return Place.of(Kind.NONE);
    }
    Context ctx = outer.context();
    if (outer.is(Grammars.LIBCLUSTER, "app_env") && key.equals("topologies")) {
      return new Place(Kind.TOPOLOGIES, null, null, outer);
    }
    if (outer.is(Grammars.LIBCLUSTER, "topology") && key.equals("config")) {
      String module = of == null ? null : of.values.get("strategy");
      return grammars.libclusterStrategy(module)
          .map(s -> new Place(Kind.KEYS, s.context(), s, outer))
          .orElse(new Place(Kind.UNKNOWN_STRATEGY, null, null, outer));
    }
    if (ctx.dialect().equals("oban") && key.equals("plugins")) {
      return new Place(Kind.PLUGINS, null, null, outer);
    }
    return grammars.context(ctx.dialect(), key).filter(c -> !c.id().equals(ctx.id()))
        .filter(c -> "options".equals(c.kind()))
        .map(c -> keys(c, outer)).orElse(Place.of(Kind.NONE));
  }

  private static Place keys(Context c, Place outer) {
    return new Place(Kind.KEYS, c, null, outer);
  }

  /** The options context of a child module or configured module ({@code Horde.Registry}). */
  Optional<Context> moduleContext(String module) {
    for (Dialect d : grammars.dialects()) {
      for (Context c : d.contexts()) {
        if (module.equals(c.module()) && "options".equals(c.kind())) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }
}
