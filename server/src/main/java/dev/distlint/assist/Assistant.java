package dev.distlint.assist;

import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.List;
import java.util.Optional;

/**
 * Completion and hover for one family of files. Implementations must answer on any text,
 * including half-typed and unparsable text, and never throw.
 */
public interface Assistant {
  List<Suggestion> complete(ParsedFile file, int offset, Workspace ws);

  Optional<HoverInfo> hover(ParsedFile file, int offset, Workspace ws);
}
