package dev.distlint.model;

import dev.distlint.model.helm.ChartValues;
import dev.distlint.model.helm.HelmTemplate;
import dev.distlint.syntax.yaml.YamlFile;
import dev.distlint.syntax.yaml.YamlParser;
import dev.distlint.workspace.ParsedFile;
import dev.distlint.workspace.View;
import java.util.List;

/** The YAML parse of a file, for every YAML kind; empty for other kinds and oversized files. */
public final class YamlView {
  private static final YamlFile EMPTY = new YamlFile(List.of(), List.of());

  public static final View<YamlFile> YAML = View.of("yaml", YamlView::read);

  private YamlView() {
  }

  private static YamlFile read(ParsedFile f) {
    if (!f.kind().isYaml() || f.tooLarge()) {
      return EMPTY;
    }
    return f.context() instanceof ChartValues ? f.view(HelmTemplate.VIEW).yaml()
        : YamlParser.parse(f.text());
  }
}
