package dev.distlint.lsp.features;

import dev.distlint.assist.PathLinks;
import dev.distlint.catalogue.RuleDocLinks;
import dev.distlint.base.PositionEncoding;
import dev.distlint.rules.BuiltinRules;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.lsp4j.DocumentLink;

/** Document links: files a script names, and rule ids in suppression comments to their docs. */
public final class DocumentLinks {
  private DocumentLinks() {
  }

  public static List<DocumentLink> of(ParsedFile f, Workspace ws, PositionEncoding enc) {
    Set<String> ids = new TreeSet<>();
    BuiltinRules.all().forEach(r -> ids.add(r.id()));
    List<DocumentLink> out = new ArrayList<>();
    for (PathLinks.Target t : PathLinks.of(f, ws, ids)) {
      String target = t.ruleId() != null ? RuleDocLinks.href(t.ruleId())
          : Path.of(t.path()).toUri() + place(t, ws);
      if (target != null) {
        DocumentLink link = new DocumentLink(Positions.range(f.lines(), t.range(), enc), target);
        link.setTooltip(t.ruleId() != null ? "Doc of " + t.ruleId()
            : "Open " + Path.of(t.path()).getFileName());
        out.add(link);
      }
    }
    return out;
  }

  /** The {@code #L<line>} fragment editors open a file at, or nothing. */
  private static String place(PathLinks.Target t, Workspace ws) {
    ParsedFile target = ws.file(t.path());
    return t.at() == null || target == null ? ""
        : "#L" + (target.lines().lineOf(t.at().start()) + 1);
  }
}
