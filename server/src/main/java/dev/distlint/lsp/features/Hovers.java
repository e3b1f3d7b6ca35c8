package dev.distlint.lsp.features;

import dev.distlint.assist.Assistants;
import dev.distlint.assist.HoverInfo;
import dev.distlint.catalogue.RuleDoc;
import dev.distlint.catalogue.RuleDocs;
import dev.distlint.base.PositionEncoding;
import dev.distlint.base.Finding;
import dev.distlint.base.TextRange;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * Hover: over a finding, the rule's doc (what, why, example, fix); elsewhere, what the
 * assistants know about the key, value or flag under the cursor.
 */
public final class Hovers {
  private Hovers() {
  }

  public static Hover hover(ParsedFile file, int offset, List<Finding> findings, Workspace ws,
      PositionEncoding enc) {
    Optional<HoverInfo> info = forFindings(offset, findings);
    if (info.isEmpty()) {
      info = Assistants.hover(file, offset, ws);
    }
    if (info.isEmpty()) {
      return null;
    }
    Hover h = new Hover(new MarkupContent(MarkupKind.MARKDOWN, info.get().markdown()));
    h.setRange(Positions.range(file.lines(), info.get().range(), enc));
    return h;
  }

  /** The docs of the rules whose findings cover the offset, or empty. */
  public static Optional<HoverInfo> forFindings(int offset, List<Finding> findings) {
    Set<String> ids = new LinkedHashSet<>();
    TextRange range = null;
    for (Finding f : findings) {
      if (f.range().contains(offset)) {
        ids.add(f.ruleId());
        range = range == null ? f.range() : range;
      }
    }
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (String id : ids) {
      parts.add(render(RuleDocs.get(id)));
    }
    return Optional.of(new HoverInfo(range, String.join("\n\n---\n\n", parts)));
  }

  /** A rule doc as hover Markdown: id, severity and confidence, then the doc body. */
  public static String render(RuleDoc doc) {
    String body = doc.help();
    return "**" + doc.title() + "** `" + doc.id() + "`  \n*" + doc.severity().label() + ", "
        + doc.confidence() + " confidence*\n\n" + body;
  }
}
