package dev.distlint.syntax.yaml;

import dev.distlint.documents.View;
import dev.distlint.documents.ParsedFile;
import dev.distlint.documents.View;
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
    return f.context() instanceof YamlSource s ? s.yamlOf(f) : YamlParser.parse(f.text());
  }
}
