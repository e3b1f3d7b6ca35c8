package dev.distlint.lsp.features;

import dev.distlint.assist.Link;
import dev.distlint.assist.Links;
import dev.distlint.base.PositionEncoding;
import dev.distlint.base.Finding;
import dev.distlint.base.TextRange;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.Location;

/**
 * Definition, references and document highlight over the {@link Links} of the project, and from
 * a cross-file finding to its related locations.
 */
public final class Navigation {
  /** A place in the project: an engine path and range. */
  private record Place(String path, TextRange range) {
  }

  private Navigation() {
  }

  public static List<Location> definition(ParsedFile file, int offset, List<Finding> findings,
      Workspace ws, PositionEncoding enc) {
    Set<Place> out = new LinkedHashSet<>();
    for (Link l : Links.of(ws).from(file.path(), offset)) {
      out.add(new Place(l.targetPath(), l.to()));
    }
    for (Finding f : findings) {
      if (f.range().contains(offset)) {
        f.related().forEach(r -> out.add(new Place(r.path(), r.range())));
      }
    }
    return locations(out, ws, enc);
  }

  public static List<Location> references(ParsedFile file, int offset, boolean declaration,
      Workspace ws, PositionEncoding enc) {
    Set<Place> out = new LinkedHashSet<>();
    Set<Place> targets = targets(file, offset, ws);
    for (Link l : Links.of(ws).all()) {
      if (targets.contains(new Place(l.targetPath(), l.to()))) {
        out.add(new Place(l.path(), l.from()));
      }
    }
    if (declaration) {
      out.addAll(targets);
    }
    return locations(out, ws, enc);
  }

  public static List<DocumentHighlight> highlights(ParsedFile file, int offset, Workspace ws,
      PositionEncoding enc) {
    List<DocumentHighlight> out = new ArrayList<>();
    Set<Place> targets = targets(file, offset, ws);
    for (Place t : targets) {
      if (t.path().equals(file.path())) {
        out.add(new DocumentHighlight(Positions.range(file.lines(), t.range(), enc),
            DocumentHighlightKind.Text));
      }
    }
    Set<TextRange> seen = new LinkedHashSet<>();
    for (Link l : Links.of(ws).all()) {
      if (l.path().equals(file.path()) && targets.contains(new Place(l.targetPath(), l.to()))
          && seen.add(l.from())) {
        out.add(new DocumentHighlight(Positions.range(file.lines(), l.from(), enc),
            DocumentHighlightKind.Read));
      }
    }
    return out;
  }

  /** What the cursor names: the targets of a link it is on, or a link target it is on. */
  private static Set<Place> targets(ParsedFile file, int offset, Workspace ws) {
    Set<Place> out = new LinkedHashSet<>();
    Links links = Links.of(ws);
    links.from(file.path(), offset).forEach(l -> out.add(new Place(l.targetPath(), l.to())));
    links.to(file.path(), offset).forEach(l -> out.add(new Place(l.targetPath(), l.to())));
    return out;
  }

  private static List<Location> locations(Set<Place> places, Workspace ws, PositionEncoding enc) {
    List<Location> out = new ArrayList<>();
    for (Place p : places) {
      ParsedFile target = ws.file(p.path());
      if (target != null) {
        out.add(new Location(Diagnostics.uriOf(p.path()),
            Positions.range(target.lines(), p.range(), enc)));
      }
    }
    return out;
  }
}
