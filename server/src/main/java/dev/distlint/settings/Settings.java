package dev.distlint.settings;

import dev.distlint.base.ParseProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Effective settings: per-rule enablement, severity and parameters, and include/exclude globs
 * (matched against workspace-relative paths with forward slashes), and the extra values files
 * Helm charts are read with.
 *
 * @param helmValues values files layered over each chart's {@code values.yaml}, by name in the
 *     chart's folder, lowest priority first
 * @param baseline the baseline file, relative to the project root; null when none
 * @param baselineFindings how the editor shows baselined findings: "hint" (default) or "hide"
 * @param layout how the repository divides into cluster projects, where the file states it
 * @param problems unknown keys and bad values found while reading, reported, never fatal
 */
public record Settings(Map<String, RuleSetting> rules, List<String> include,
    List<String> exclude, String configFile, List<String> helmValues, String baseline,
    String baselineFindings, Layout layout, List<ParseProblem> problems) {

  public static final Settings DEFAULT = new Settings(Map.of(), List.of(), List.of(), null,
      List.of(), null, null, Layout.NONE, List.of());

  /**
   * What a settings file says about the repository's shape.
   *
   * @param root true when settings files above this one do not apply (the cascade stops here)
   * @param projects projects stated by hand, for deployment files no evidence links
   */
  public record Layout(boolean root, List<ProjectDecl> projects) {
    public static final Layout NONE = new Layout(false, List.of());
  }

  /**
   * A project stated in {@code projects:}: its name, its folder (relative to the settings file,
   * with '/'), and globs of the deployment files that run it (relative to the same folder).
   */
  public record ProjectDecl(String name, String path, List<String> deploy) {
  }

  /** True when the editor should hide baselined findings instead of showing them as hints. */
  public boolean hideBaselined() {
    return "hide".equals(baselineFindings);
  }

  public RuleSetting rule(String id) {
    return rules.getOrDefault(id, RuleSetting.DEFAULT);
  }

  /** {@code over} on top of this: its rule settings win, its non-empty globs replace ours. */
  public Settings overriddenBy(Settings over) {
    Map<String, RuleSetting> r = new LinkedHashMap<>(rules);
    over.rules.forEach((id, s) -> r.merge(id, s, RuleSetting::overriddenBy));
    List<ParseProblem> p = new ArrayList<>(problems);
    p.addAll(over.problems);
    return new Settings(Map.copyOf(r), over.include.isEmpty() ? include : over.include,
        over.exclude.isEmpty() ? exclude : over.exclude,
        over.configFile != null ? over.configFile : configFile,
        over.helmValues.isEmpty() ? helmValues : over.helmValues,
        over.baseline != null ? over.baseline : baseline,
        over.baselineFindings != null ? over.baselineFindings : baselineFindings,
        over.layout.projects.isEmpty() && !over.layout.root ? layout : over.layout,
        List.copyOf(p));
  }

  /** These settings without the problems found reading them (told once, by their own file). */
  public Settings withoutProblems() {
    return problems.isEmpty() ? this : new Settings(rules, include, exclude, configFile,
        helmValues, baseline, baselineFindings, layout, List.of());
  }

  /** True when a workspace-relative path passes the include and exclude globs. */
  public boolean accepts(String relativePath) {
    String p = relativePath.replace('\\', '/');
    for (String g : exclude) {
      if (Glob.matches(g, p)) {
        return false;
      }
    }
    if (include.isEmpty()) {
      return true;
    }
    for (String g : include) {
      if (Glob.matches(g, p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Settings globs: {@code **} spans directories, {@code *} and {@code ?} do not; a glob without
   * '/' matches at any depth, and a match covers everything beneath it.
   */
  public static final class Glob {
    private static final Map<String, PathGlob> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    public static boolean matches(String glob, String path) {
      if (CACHE.size() > 1_000) {
        CACHE.clear(); // settings edited many times: old globs are not needed any more
      }
      return CACHE.computeIfAbsent(glob, Glob::compile).matches(path);
    }

    private static PathGlob compile(String glob) {
      String g = glob.startsWith("./") ? glob.substring(2) : glob;
      if (!g.contains("/")) {
        g = "**/" + g;
      }
      return PathGlob.of(g.endsWith("/") ? g + "*/**" : g + "/**");
    }
  }
}
