package dev.distlint.model.compose;

import dev.distlint.base.FileKind;
import dev.distlint.syntax.yaml.YamlView;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YamlDocument;
import dev.distlint.documents.ParsedFile;
import dev.distlint.documents.View;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;

/** The services of compose files. */
public final class ComposeFile {
  public static final View<List<ComposeService>> VIEW = View.of("compose-services",
      ComposeFile::read);

  private ComposeFile() {
  }

  private static List<ComposeService> read(ParsedFile f) {
    if (f.kind() != FileKind.COMPOSE) {
      return List.of();
    }
    ComposeScope scope = f.context() instanceof ComposeScope c ? c : null;
    List<ComposeService> out = new ArrayList<>();
    for (YamlDocument d : f.view(YamlView.YAML).documents()) {
      YMap root = d.rootMap();
      YMap services = root == null ? null : root.map("services");
      if (services == null) {
        continue;
      }
      for (YMap.Entry e : services.entries()) {
        if (e.value() instanceof YMap m
            && (scope == null || scope.services().contains(e.key().value()))) {
          out.add(new ComposeService(f.path(), d, e.key().value(), e.key(), m));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The services of a compose file; of those its project runs when the file is read in a
   * {@link ComposeScope}.
   */
  public static List<ComposeService> of(ParsedFile f) {
    return f.view(VIEW);
  }

  public static List<ComposeService> all(Workspace ws) {
    return ws.collect(VIEW, FileKind.COMPOSE);
  }
}
