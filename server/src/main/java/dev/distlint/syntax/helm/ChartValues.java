package dev.distlint.syntax.helm;

import dev.distlint.syntax.yaml.YamlFile;
import dev.distlint.syntax.yaml.YamlSource;
import dev.distlint.base.TextRange;
import dev.distlint.syntax.yaml.YamlView;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YNode;
import dev.distlint.syntax.yaml.YamlDocument;
import dev.distlint.documents.ParsedFile;
import java.util.List;

/**
 * The values a chart's templates are read with: {@code values.yaml} and then the extra values
 * files named in the settings, later files winning key by key, as {@code helm -f} layers them.
 * Two instances are equal when they hold the same file snapshots, so a template's rendering is
 * reused until one of its values files changes.
 *
 * @param chartDir the chart's folder, workspace-relative ("" for a chart at the root)
 * @param layers the values files, lowest priority first
 */
public record ChartValues(String chartDir, List<ParsedFile> layers) implements YamlSource {

  /** A values node and where it is written. */
  public record Found(YNode node, String path, TextRange range) {
  }

  /** The node at a key path, from the last layer that has it, or null when none does. */
  public Found lookup(List<String> path) {
    for (int i = layers.size() - 1; i >= 0; i--) {
      ParsedFile f = layers.get(i);
      List<YamlDocument> docs = f.view(YamlView.YAML).documents();
      YamlDocument d = docs.isEmpty() ? null : docs.get(0);
      YNode n = d == null ? null : d.root();
      for (String key : path) {
        n = n instanceof YMap m ? m.get(key) : null;
      }
      if (n != null) {
        return new Found(n, f.path(), d.range(n));
      }
    }
    return null;
  }

  /** A template read in these values: its rendered YAML. */
  @Override
  public YamlFile yamlOf(ParsedFile file) {
    return file.view(HelmTemplate.VIEW).yaml();
  }
}
