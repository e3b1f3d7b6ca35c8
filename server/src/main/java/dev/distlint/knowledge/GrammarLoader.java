package dev.distlint.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Turns one grammar file into a {@link Dialect}. The format is described in
 * {@code grammars/README.md}. Unknown fields, unknown types and unknown context kinds are
 * rejected, so a typo in the data fails the build instead of silently dropping a fact.
 */
final class GrammarLoader {

  static final Set<String> TYPES = Set.of("string", "integer", "float", "boolean", "atom",
      "module", "list", "keyword", "map", "mfa", "tuple", "function", "duration", "any");
  static final Set<String> KINDS = Set.of("app_env", "options", "strategy", "flags", "env",
      "section");

  private static final Set<String> DIALECT_FIELDS = Set.of("dialect", "title", "package",
      "version", "file_kinds", "doc", "source", "contexts");
  private static final Set<String> CONTEXT_FIELDS = Set.of("id", "title", "kind", "closed",
      "doc", "module", "package", "path", "node_name", "env_sh", "snippets", "keys", "not_keys",
      "opened_by", "unknown_keys", "source");
  private static final Set<String> KEY_FIELDS = Set.of("name", "type", "required",
      "required_when", "default", "default_note", "values", "unit", "range", "since", "until",
      "deprecated", "renamed_to", "example", "provenance", "context", "doc", "source");
  private static final Set<String> NOT_KEY_FIELDS = Set.of("name", "use_instead", "reason",
      "source");

  private GrammarLoader() {
  }

  static Dialect load(String fileName, InputStream in) {
    return load(fileName, read(fileName, in));
  }

  /** The data of a grammar file as the YAML reader gives it (maps, lists, scalars). */
  static Object read(String fileName, InputStream in) {
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    try (in) {
      return yaml.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read grammar " + fileName, e);
    }
  }

  /** The dialect of a grammar file's data, read from its YAML or from the build's index. */
  static Dialect load(String fileName, Object root) {
    try {
      return dialect(YamlMap.of(root, fileName));
    } catch (RuntimeException e) {
      throw new IllegalStateException("grammar " + fileName + ": " + e.getMessage(), e);
    }
  }

  private static Dialect dialect(YamlMap map) {
    map.onlyFields(DIALECT_FIELDS);
    String id = map.required("dialect");
    Source source = source(map.raw("source"), null);
    String packageName = map.text("package");
    List<Context> contexts = new ArrayList<>();
    for (YamlMap c : map.maps("contexts")) {
      contexts.add(context(id, packageName, c, source));
    }
    for (Context c : contexts) {
      for (KeySpec k : c.keys()) {
        if (k.context() != null && contexts.stream().noneMatch(x -> x.id().equals(k.context()))) {
          throw new IllegalArgumentException("key " + c.id() + "/" + k.name()
              + ": context " + k.context() + " is not in this grammar");
        }
      }
    }
    return new Dialect(id, map.required("title"), packageName, map.text("version"),
        map.texts("file_kinds"), map.text("doc"), source, contexts);
  }

  private static Context context(String dialect, String dialectPackage, YamlMap map,
      Source inherited) {
    map.onlyFields(CONTEXT_FIELDS);
    String id = map.required("id");
    String kind = map.required("kind");
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("context " + id + ": unknown kind " + kind);
    }
    Source source = source(map.raw("source"), inherited);
    List<KeySpec> keys = new ArrayList<>();
    for (YamlMap k : map.maps("keys")) {
      keys.add(key(k, source));
    }
    List<NotKey> notKeys = new ArrayList<>();
    for (YamlMap n : map.maps("not_keys")) {
      n.onlyFields(NOT_KEY_FIELDS);
      notKeys.add(new NotKey(n.required("name"), n.required("reason"), n.text("use_instead"),
          source(n.raw("source"), source)));
    }
    List<Snippet> snippets = new ArrayList<>();
    for (YamlMap s : map.maps("snippets")) {
      snippets.add(new Snippet(s.required("label"), s.required("file"), s.required("body")));
    }
    String packageName = map.text("package");
    return new Context(dialect, id, map.text("title") == null ? id : map.text("title"), kind,
        map.flag("closed", true), map.text("doc"), map.text("module"),
        packageName == null ? dialectPackage : packageName, map.text("path"),
        map.text("node_name"), map.text("env_sh"), snippets, keys, notKeys,
        openedBy(id, map.texts("opened_by"), keys), unknownKeysRaise(id, map.text("unknown_keys")),
        source);
  }

  /** {@code unknown_keys}: {@code ignored} (the default) or {@code raises}. */
  private static boolean unknownKeysRaise(String context, String value) {
    if (value != null && !value.equals("ignored") && !value.equals("raises")) {
      throw new IllegalArgumentException("context " + context + ": unknown_keys is ignored or"
          + " raises, not " + value);
    }
    return "raises".equals(value);
  }

  /** The keys of {@code opened_by}, each of which must be a key of the context with a default. */
  private static List<String> openedBy(String context, List<String> names, List<KeySpec> keys) {
    for (String name : names) {
      if (keys.stream().noneMatch(k -> k.name().equals(name) && k.defaultValue() != null)) {
        throw new IllegalArgumentException("context " + context + ": opened_by " + name
            + " is not a key with a default");
      }
    }
    return names;
  }

  private static KeySpec key(YamlMap map, Source inherited) {
    map.onlyFields(KEY_FIELDS);
    String name = map.required("name");
    List<String> types = types(name, map.text("type"));
    Object required = map.raw("required");
    Object deprecated = map.raw("deprecated");
    return new KeySpec(name, types,
        required instanceof String || Boolean.TRUE.equals(required),
        required instanceof String note ? note : map.text("required_when"),
        map.text("default"), map.text("default_note"), values(map), map.text("unit"),
        ValueRange.parse(map.text("range")), map.text("since"), map.text("until"),
        deprecated instanceof String || Boolean.TRUE.equals(deprecated),
        deprecated instanceof String note ? note : null,
        map.text("renamed_to"), map.text("example"), map.text("provenance"),
        map.text("context"), map.required("doc"), source(map.raw("source"), inherited));
  }

  private static List<String> types(String key, String declared) {
    if (declared == null) {
      return List.of("any");
    }
    List<String> types = Arrays.stream(declared.split("\\|")).map(String::trim).toList();
    for (String type : types) {
      if (!TYPES.contains(type)) {
        throw new IllegalArgumentException("key " + key + ": unknown type " + type);
      }
    }
    return types;
  }

  private static List<AllowedValue> values(YamlMap map) {
    List<AllowedValue> values = new ArrayList<>();
    for (Object item : map.list("values")) {
      if (item instanceof Map<?, ?>) {
        YamlMap value = YamlMap.of(item, "value");
        values.add(new AllowedValue(value.required("value"), value.text("doc")));
      } else {
        values.add(new AllowedValue(String.valueOf(item), null));
      }
    }
    return values;
  }

  /** A source is {@code "owner/repo path[@ref]"} or a map with repo/path/ref or url. */
  static Source source(Object raw, Source inherited) {
    if (raw == null) {
      return inherited;
    }
    if (raw instanceof String text) {
      String[] parts = text.trim().split("\\s+", 2);
      if (parts[0].startsWith("http")) {
        return new Source(null, null, null, parts[0]);
      }
      String path = parts.length > 1 ? parts[1] : null;
      String ref = null;
      if (path != null && path.contains("@")) {
        ref = path.substring(path.indexOf('@') + 1).trim();
        path = path.substring(0, path.indexOf('@')).trim();
      }
      return new Source(parts[0], path, ref, null);
    }
    YamlMap map = YamlMap.of(raw, "source");
    map.onlyFields(Set.of("repo", "path", "ref", "url"));
    if (map.text("repo") == null && map.text("url") == null) {
      throw new IllegalArgumentException("source needs repo or url");
    }
    return new Source(map.text("repo"), map.text("path"), map.text("ref"), map.text("url"));
  }
}
