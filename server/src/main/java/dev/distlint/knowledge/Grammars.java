package dev.distlint.knowledge;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dialect descriptions of {@code grammars/}, loaded once from the classpath and shared by
 * completion, hover and the key-validation rules. Immutable after loading, so safe to read from
 * any thread.
 */
public final class Grammars {

  /** Resource folder the build copies {@code grammars/*.yaml} into. */
  public static final String RESOURCE_DIR = "grammars/";

  /** Every grammar file, listed explicitly: a new file must be added here. */
  public static final List<String> FILES = List.of(
      "libcluster.yaml", "dns_cluster.yaml", "horde.yaml", "delta_crdt.yaml", "ra.yaml",
      "aten.yaml", "oban.yaml", "phoenix_pubsub.yaml", "partisan.yaml", "kernel.yaml",
      "vmargs.yaml", "release_env.yaml", "fly.yaml", "kubernetes.yaml", "compose.yaml");

  public static final String LIBCLUSTER = "libcluster";
  public static final String KERNEL = "kernel";
  public static final String VMARGS = "vmargs";
  public static final String RELEASE_ENV = "release_env";

  private final Map<String, Dialect> dialects;
  private final Map<String, List<String>> knownWrongNames;

  private Grammars(Map<String, Dialect> dialects) {
    this.dialects = Map.copyOf(dialects);
    Map<String, List<String>> wrong = new HashMap<>();
    for (Dialect dialect : dialects.values()) {
      for (Context context : dialect.contexts()) {
        for (NotKey notKey : context.notKeys()) {
          if (notKey.useInstead() != null) {
            wrong.computeIfAbsent(notKey.name(), name -> new ArrayList<>())
                .add(notKey.useInstead());
          }
        }
      }
    }
    wrong.replaceAll((name, replacements) -> List.copyOf(replacements));
    this.knownWrongNames = Map.copyOf(wrong);
  }

  private static final class Holder {
    static final Grammars INSTANCE = fromClasspath(Grammars.class.getClassLoader());
  }

  /** The shared instance, loaded on first use. A broken grammar file fails here, loudly. */
  public static Grammars load() {
    return Holder.INSTANCE;
  }

  static Grammars fromClasspath(ClassLoader loader) {
    Map<String, Object> index = GrammarIndex.read(loader);
    Map<String, Dialect> loaded = new LinkedHashMap<>();
    for (String file : FILES) {
      Object data = index.get(file);
      loaded.put(file, data != null ? GrammarLoader.load(file, data)
          : GrammarLoader.load(file, open(file, f -> loader.getResourceAsStream(RESOURCE_DIR + f))));
    }
    return of(loaded);
  }

  /** Loads the named files through {@code open}; exposed to tests that read the source folder. */
  static Grammars from(List<String> files, Function<String, InputStream> open) {
    Map<String, Dialect> loaded = new LinkedHashMap<>();
    for (String file : files) {
      loaded.put(file, GrammarLoader.load(file, open(file, open)));
    }
    return of(loaded);
  }

  private static InputStream open(String file, Function<String, InputStream> open) {
    InputStream in = open.apply(file);
    if (in == null) {
      throw new IllegalStateException("grammar not found: " + RESOURCE_DIR + file);
    }
    return in;
  }

  /** The grammars of the dialects loaded, by file name; each file must name its own dialect. */
  private static Grammars of(Map<String, Dialect> byFile) {
    Map<String, Dialect> loaded = new LinkedHashMap<>();
    byFile.forEach((file, dialect) -> {
      String expected = file.substring(0, file.length() - ".yaml".length());
      if (!dialect.id().equals(expected)) {
        throw new IllegalStateException(file + " declares dialect " + dialect.id());
      }
      loaded.put(dialect.id(), dialect);
    });
    return new Grammars(loaded);
  }

  public Collection<Dialect> dialects() {
    return dialects.values();
  }

  public Optional<Dialect> dialect(String id) {
    return Optional.ofNullable(dialects.get(id));
  }

  public Optional<Context> context(String dialect, String context) {
    return dialect(dialect).flatMap(d -> d.context(context));
  }

  /** The keys of one context, or an empty list when either name is unknown. */
  public List<KeySpec> keysFor(String dialect, String context) {
    return context(dialect, context).map(Context::keys).orElse(List.of());
  }

  public Optional<KeySpec> key(String dialect, String context, String name) {
    return context(dialect, context).flatMap(c -> c.key(name));
  }

  public Optional<NotKey> notKey(String dialect, String context, String name) {
    return context(dialect, context).flatMap(c -> c.notKey(name));
  }

  /**
   * The libcluster strategy for a module name as written in config ({@code
   * Cluster.Strategy.Kubernetes}; a leading {@code Elixir.} is accepted).
   */
  public Optional<StrategySpec> libclusterStrategy(String module) {
    if (module == null) {
      return Optional.empty();
    }
    String name = module.startsWith("Elixir.") ? module.substring("Elixir.".length()) : module;
    return libclusterStrategies().stream().filter(s -> name.equals(s.module())).findFirst();
  }

  public List<StrategySpec> libclusterStrategies() {
    return dialect(LIBCLUSTER).map(d -> d.contexts().stream()
        .filter(Context::isStrategy).map(StrategySpec::new).toList()).orElse(List.of());
  }

  /**
   * The candidate the author most likely meant by {@code unknownKey}: a known wrong name's
   * replacement first (DNSPoll {@code poll_interval} → {@code polling_interval}), else the
   * closest candidate within edit distance 2.
   */
  public Optional<String> didYouMean(String unknownKey, Collection<String> candidates) {
    return DidYouMean.suggest(unknownKey, candidates, knownWrongNames);
  }

  /** A kernel parameter ({@code net_ticktime}), set with {@code -kernel} or {@code config}. */
  public Optional<KeySpec> kernelParam(String name) {
    return key(KERNEL, KERNEL, name);
  }

  /** A vm.args flag, written with its sign: {@code -name}, {@code +P}. */
  public Optional<KeySpec> vmFlag(String flag) {
    return key(VMARGS, "flags", flag);
  }

  /** A release or platform environment variable ({@code RELEASE_NODE}, {@code FLY_PRIVATE_IP}). */
  public Optional<KeySpec> releaseEnv(String name) {
    return dialect(RELEASE_ENV).flatMap(d -> d.contexts().stream()
        .flatMap(c -> c.key(name).stream()).findFirst());
  }

  /** The context that declares a release environment variable, for hover titles. */
  public Optional<Context> releaseEnvContext(String name) {
    return dialect(RELEASE_ENV).flatMap(d -> d.contexts().stream()
        .filter(c -> c.key(name).isPresent()).findFirst());
  }

  /** Hover Markdown for a key of a context. */
  public String hover(Context context, KeySpec key) {
    return KeyHover.markdown(context, key);
  }

  /** Hover Markdown for a name that is not a key, explaining why. */
  public String hover(Context context, NotKey notKey) {
    return KeyHover.markdown(context, notKey);
  }
}
