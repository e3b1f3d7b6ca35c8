package dev.distlint.facts.helm;

import dev.distlint.facts.Fact;
import dev.distlint.syntax.helm.ChartValues;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Helm charts of a workspace: folders with a {@code Chart.yaml}. Their templates (YAML files
 * under {@code templates/}) are read with the chart's values; the rest of the workspace is as
 * it was. A chart's values are its {@code values.yaml} and then the extra values files the
 * settings name ({@code helmValues}), looked up in the chart's folder.
 */
public final class HelmCharts {
  private static final Fact.Family<List<String>, Workspace> DERIVED =
      Fact.family("helm-charts", HelmCharts::build);
  private static final Fact<Map<String, List<ParsedFile>>> VALUES_READERS =
      Fact.of("helm-values-readers", HelmCharts::valuesReaders);
  private static final String CHART_FILE = "Chart.yaml";
  private static final String VALUES_FILE = "values.yaml";

  private HelmCharts() {
  }

  /** The workspace with every chart template read in its chart's values; memoised. */
  public static Workspace derive(Workspace ws, List<String> extraValues) {
    return DERIVED.in(ws, List.copyOf(extraValues));
  }

  /**
   * The variant of {@code file} that {@code derived} reads: an editor's document at the path of a
   * template is read in the same chart context.
   */
  public static ParsedFile target(Workspace derived, ParsedFile file) {
    ParsedFile d = derived.file(file.path());
    if (d == null || d.context() == null || d == file) {
      return file;
    }
    return d.source() == file.source() ? d : file.inContext(d.context());
  }

  /** The templates whose values include the file at {@code valuesPath}. */
  public static List<ParsedFile> templatesReading(Workspace derived, String valuesPath) {
    return VALUES_READERS.in(derived).getOrDefault(valuesPath, List.of());
  }

  private static Map<String, List<ParsedFile>> valuesReaders(Workspace w) {
    Map<String, List<ParsedFile>> m = new HashMap<>();
    for (ParsedFile f : w.files()) {
      if (f.context() instanceof ChartValues v) {
        v.layers().forEach(l -> m.computeIfAbsent(l.path(), k -> new ArrayList<>()).add(f));
      }
    }
    return m;
  }

  private static Workspace build(Workspace ws, List<String> extraValues) {
    Set<String> charts = new HashSet<>();
    for (ParsedFile f : ws.files()) {
      if (f.source().name().equals(CHART_FILE)) {
        String p = f.path();
        charts.add(p.length() == CHART_FILE.length() ? "" : p.substring(0,
            p.length() - CHART_FILE.length() - 1));
      }
    }
    if (charts.isEmpty()) {
      return ws;
    }
    Map<String, ChartValues> values = new HashMap<>();
    List<ParsedFile> files = new ArrayList<>();
    boolean any = false;
    for (ParsedFile f : ws.files()) {
      String chart = f.kind().isYaml() ? chartOf(f.path(), charts) : null;
      if (chart == null && f.kind().isYaml() && f.text().contains("{{")) {
        // a chart's files/ that templates render with tpl (.Files.Get) hold template actions too
        chart = chartOf(f.path(), charts, "files/");
      }
      if (chart == null) {
        files.add(f);
        continue;
      }
      ChartValues v = values.computeIfAbsent(chart, c -> valuesOf(ws, c, extraValues));
      files.add(f.inContext(v));
      any = true;
    }
    return any ? new Workspace(files) : ws;
  }

  /** The chart folder of a template: the nearest {@code templates/} whose parent is a chart. */
  static String chartOf(String path, Set<String> charts) {
    return chartOf(path, charts, "templates/");
  }

  /** The chart folder of a file under the chart's folder {@code sub} (with its slash). */
  static String chartOf(String path, Set<String> charts, String sub) {
    int i = path.lastIndexOf(sub);
    while (i >= 0) {
      if (i == 0 || path.charAt(i - 1) == '/') {
        String dir = i == 0 ? "" : path.substring(0, i - 1);
        if (charts.contains(dir)) {
          return dir;
        }
      }
      i = i == 0 ? -1 : path.lastIndexOf(sub, i - 1);
    }
    return null;
  }

  private static ChartValues valuesOf(Workspace ws, String chart, List<String> extraValues) {
    List<ParsedFile> layers = new ArrayList<>();
    String prefix = chart.isEmpty() ? "" : chart + "/";
    for (String name : concat(VALUES_FILE, extraValues)) {
      ParsedFile f = ws.file(prefix + name);
      if (f != null && !layers.contains(f)) {
        layers.add(f);
      }
    }
    return new ChartValues(chart, List.copyOf(layers));
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> out = new ArrayList<>();
    out.add(first);
    out.addAll(rest);
    return out;
  }
}
