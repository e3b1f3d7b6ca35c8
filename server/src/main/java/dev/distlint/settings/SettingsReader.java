package dev.distlint.settings;

import dev.distlint.base.Severity;
import dev.distlint.base.TextRange;
import dev.distlint.base.ParseProblem;
import dev.distlint.knowledge.ValueRange;
import dev.distlint.base.Severity;
import dev.distlint.base.TextRange;
import dev.distlint.base.ParseProblem;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YNode;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.syntax.yaml.YSeq;
import dev.distlint.syntax.yaml.YamlDocument;
import dev.distlint.syntax.yaml.YamlFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads settings from a {@code .distlint.yaml} tree (with positions, so unknown keys point at
 * their line) or from the client's {@code distlint.*} JSON converted to maps and lists. Both go
 * through the same node walk. Unknown keys and values become problems, never failures.
 */
public final class SettingsReader {
  private static final Set<String> TOP_KEYS = Set.of("rules", "include", "exclude", "configFile",
      "helmValues", "baseline", "baselineFindings", "root", "projects");
  private static final Set<String> PROJECT_KEYS = Set.of("name", "path", "deploy");
  /** Client-only keys accepted and handled by the language server itself. */
  private static final Set<String> CLIENT_KEYS = Set.of("trace", "java", "docsBaseUrl", "server");
  private static final Set<String> RULE_KEYS = Set.of("severity", "enabled", "params");

  private final Predicate<String> knownRule;
  private final List<ParseProblem> problems = new ArrayList<>();
  private final YamlDocument doc;

  private SettingsReader(Predicate<String> knownRule, YamlDocument doc) {
    this.knownRule = knownRule;
    this.doc = doc;
  }

  /** Settings from a parsed {@code .distlint.yaml}. */
  public static Settings fromYaml(YamlFile file, Predicate<String> knownRule) {
    if (file.documents().isEmpty() || file.documents().get(0).root() == null) {
      return Settings.DEFAULT;
    }
    YamlDocument d = file.documents().get(0);
    SettingsReader r = new SettingsReader(knownRule, d);
    for (YamlDocument extra : file.documents().subList(1, file.documents().size())) {
      if (extra.root() != null) {
        r.problems.add(new ParseProblem("settings-unknown-key", extra.range(),
            "Only the first YAML document of the settings file is read; this one is ignored."));
      }
    }
    return r.read(d.root(), false);
  }

  /** Settings from the client's {@code distlint} object (maps, lists, strings, numbers). */
  public static Settings fromClient(Object json, Predicate<String> knownRule) {
    SettingsReader r = new SettingsReader(knownRule, null);
    return r.read(Plain.wrap(json), true);
  }

  private Settings read(YNode root, boolean client) {
    if (!(root instanceof YMap top)) {
      problem(root, "Settings must be a mapping of keys such as rules, include and exclude.");
      return withProblems(Settings.DEFAULT);
    }
    Map<String, RuleSetting> rules = new LinkedHashMap<>();
    List<String> include = List.of();
    List<String> exclude = List.of();
    String configFile = null;
    List<String> helmValues = List.of();
    String baseline = null;
    String baselineFindings = null;
    boolean isRoot = false;
    List<Settings.ProjectDecl> projects = List.of();
    for (YMap.Entry e : top.entries()) {
      String key = e.key().value();
      if (duplicate(top, e)) {
        continue;
      }
      switch (key) {
        case "rules" -> rules = readRules(e.value());
        case "include" -> include = strings(e.value(), "include");
        case "exclude" -> exclude = strings(e.value(), "exclude");
        case "configFile" -> configFile = e.value() == null ? null : e.value().text();
        case "helmValues" -> helmValues = strings(e.value(), "helmValues");
        case "baseline" -> baseline = e.value() == null ? null : e.value().text();
        case "baselineFindings" -> baselineFindings = baselineFindings(e.value());
        case "root" -> isRoot = rootFlag(e);
        case "projects" -> projects = projects(e.value());
        default -> {
          if (!(client && CLIENT_KEYS.contains(key))) {
            problem(e.key(), "Unknown settings key '" + key + "'; expected one of "
                + String.join(", ", new java.util.TreeSet<>(TOP_KEYS)) + ".");
          }
        }
      }
    }
    return withProblems(new Settings(Map.copyOf(rules), include, exclude, configFile, helmValues,
        baseline, baselineFindings, new Settings.Layout(isRoot, projects), List.of()));
  }

  private Settings withProblems(Settings s) {
    return new Settings(s.rules(), s.include(), s.exclude(), s.configFile(), s.helmValues(),
        s.baseline(), s.baselineFindings(), s.layout(), List.copyOf(problems));
  }

  private boolean rootFlag(YMap.Entry e) {
    Boolean b = e.value() instanceof YScalar s ? bool(s.value()) : null;
    if (b == null) {
      problem(e.value() == null ? e.key() : e.value(), "'root' must be true or false.");
      return false;
    }
    return b;
  }

  /** {@code projects:} a list of mappings with a name, a path and deployment globs. */
  private List<Settings.ProjectDecl> projects(YNode node) {
    if (!(node instanceof YSeq seq)) {
      problem(node, "'projects' must be a list of mappings with name, path and deploy.");
      return List.of();
    }
    List<Settings.ProjectDecl> out = new ArrayList<>();
    Set<String> names = new java.util.HashSet<>();
    for (YNode item : seq.items()) {
      if (!(item instanceof YMap m)) {
        problem(item, "A project is a mapping with name, path and deploy.");
        continue;
      }
      String name = null;
      String path = null;
      List<String> deploy = List.of();
      for (YMap.Entry e : m.entries()) {
        if (duplicate(m, e)) {
          continue;
        }
        switch (e.key().value()) {
          case "name" -> name = e.value() instanceof YScalar s ? s.value() : null;
          case "path" -> path = e.value() instanceof YScalar s ? s.value() : null;
          case "deploy" -> deploy = strings(e.value(), "deploy");
          default -> problem(e.key(), "Unknown project key '" + e.key().value()
              + "'; expected one of " + String.join(", ", new java.util.TreeSet<>(PROJECT_KEYS))
              + ".");
        }
      }
      if (path == null || path.isBlank()) {
        problem(item, "A project needs a 'path': its folder, relative to this file.");
        continue;
      }
      String p = trimSlashes(path);
      String n = name == null || name.isBlank() ? (p.isEmpty() ? "." : p) : name;
      if (!names.add(n)) {
        problem(item, "Two projects are named '" + n + "'; only the first is used.");
        continue;
      }
      out.add(new Settings.ProjectDecl(n, p, deploy));
    }
    return List.copyOf(out);
  }

  private static String trimSlashes(String path) {
    String p = path.trim().replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p.equals(".") ? "" : p;
  }

  private String baselineFindings(YNode value) {
    String v = value == null ? null : value.text();
    if ("hint".equals(v) || "hide".equals(v)) {
      return v;
    }
    problem(value, "baselineFindings must be 'hint' or 'hide'.");
    return null;
  }

  private Map<String, RuleSetting> readRules(YNode node) {
    Map<String, RuleSetting> out = new LinkedHashMap<>();
    if (!(node instanceof YMap m)) {
      problem(node, "'rules' must map rule ids to a severity, 'off', or a mapping.");
      return out;
    }
    for (YMap.Entry e : m.entries()) {
      String id = e.key().value();
      if (duplicate(m, e)) {
        continue;
      }
      if (!knownRule.test(id)) {
        problem(e.key(), "Unknown rule id '" + id + "'.");
        continue;
      }
      RuleSetting s = readRule(id, e.value());
      if (s != null) {
        out.put(id, s);
      }
    }
    return out;
  }

  private RuleSetting readRule(String id, YNode v) {
    if (v instanceof YScalar s) {
      return level(s);
    }
    if (!(v instanceof YMap m)) {
      problem(v, "A rule setting is a severity, 'off', or a mapping with severity/enabled/params.");
      return null;
    }
    Boolean enabled = null;
    Severity sev = null;
    Map<String, Object> params = Map.of();
    for (YMap.Entry e : m.entries()) {
      switch (e.key().value()) {
        case "severity" -> {
          RuleSetting l = e.value() instanceof YScalar s ? level(s) : null;
          if (l != null) {
            sev = l.severity();
            enabled = l.enabled() != null ? l.enabled() : enabled;
          }
        }
        case "enabled" -> {
          Boolean b = e.value() instanceof YScalar s ? bool(s.value()) : null;
          if (b == null) {
            problem(e.value() == null ? e.key() : e.value(), "'enabled' must be true or false.");
          }
          enabled = b;
        }
        case "params" -> params = params(id, e.value());
        default -> problem(e.key(), "Unknown rule setting '" + e.key().value()
            + "'; expected one of " + String.join(", ", new java.util.TreeSet<>(RULE_KEYS)) + ".");
      }
    }
    return new RuleSetting(enabled, sev, params);
  }

  private RuleSetting level(YScalar s) {
    String v = s.value().trim();
    if (v.equalsIgnoreCase("off") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("none")) {
      return new RuleSetting(false, null, Map.of());
    }
    if (v.equalsIgnoreCase("on") || v.equalsIgnoreCase("true")) {
      return new RuleSetting(true, null, Map.of());
    }
    var sev = Severity.parse(v);
    if (sev.isEmpty()) {
      problem(s, "Unknown severity '" + v + "'; use error, warning, info, hint or off.");
      return null;
    }
    return new RuleSetting(true, sev.get(), Map.of());
  }

  private static Boolean bool(String s) {
    return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "on" -> Boolean.TRUE;
      case "false", "no", "off" -> Boolean.FALSE;
      default -> null;
    };
  }

  private List<String> strings(YNode node, String what) {
    List<String> out = new ArrayList<>();
    if (node instanceof YScalar s) {
      out.add(s.value());
    } else if (node instanceof YSeq seq) {
      for (YNode n : seq.items()) {
        if (n instanceof YScalar s) {
          out.add(s.value());
        } else {
          problem(n, "'" + what + "' entries must be glob strings.");
        }
      }
    } else if (node != null) {
      problem(node, "'" + what + "' must be a list of glob strings.");
    }
    return List.copyOf(out);
  }

  /**
   * A duplicate key: YAML forbids it, and which value wins differs between readers. The later
   * one is reported and ignored.
   */
  private boolean duplicate(YMap m, YMap.Entry e) {
    for (YMap.Entry earlier : m.entries()) {
      if (earlier == e) {
        return false;
      }
      if (earlier.key().value().equals(e.key().value())) {
        problem(e.key(), "Duplicate key '" + e.key().value() + "'; only the first is used.");
        return true;
      }
    }
    return false;
  }

  /** A rule's parameters, each checked against the names and ranges {@link RuleParamSpecs} lists. */
  private Map<String, Object> params(String id, YNode node) {
    if (!(node instanceof YMap pm)) {
      problem(node, "'params' must map parameter names to values.");
      return Map.of();
    }
    Map<String, ValueRange> known = RuleParamSpecs.of(id);
    Map<String, Object> out = new LinkedHashMap<>();
    for (YMap.Entry e : pm.entries()) {
      String name = e.key().value();
      ValueRange range = known.get(name);
      if (duplicate(pm, e)) {
        continue;
      }
      if (range == null) {
        problem(e.key(), "Unknown parameter '" + name + "' for " + id + (known.isEmpty()
            ? ", which takes none." : "; expected " + String.join(", ", new java.util.TreeSet<>(
                known.keySet())) + "."));
        continue;
      }
      Long v = e.value() instanceof YScalar sc ? sc.asLong() : null;
      if (v == null || !range.contains(v)) {
        problem(e.value() == null ? e.key() : e.value(), "Parameter '" + name + "' must be an"
            + " integer in " + range + "; the default is used.");
        continue;
      }
      out.put(name, v);
    }
    return Map.copyOf(out);
  }

  private void problem(YNode at, String message) {
    TextRange r = doc != null && at != null ? doc.range(at) : TextRange.EMPTY;
    problems.add(new ParseProblem("settings-unknown-key", r, message));
  }
}
