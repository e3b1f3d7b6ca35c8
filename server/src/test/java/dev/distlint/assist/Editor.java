package dev.distlint.assist;

import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A document with a cursor marker {@code ‸} (removed before use), asked for completion or hover
 * through {@link Assistants}, as the language server does. Other workspace files can be added.
 */
final class Editor {
  static final char CURSOR = '‸';

  private final ParsedFile file;
  private final int offset;
  private final List<ParsedFile> others = new ArrayList<>();

  private Editor(ParsedFile file, int offset) {
    this.file = file;
    this.offset = offset;
  }

  static Editor of(String marked, String path) {
    int at = marked.indexOf(CURSOR);
    if (at < 0 || marked.indexOf(CURSOR, at + 1) >= 0) {
      throw new IllegalArgumentException("exactly one ‸ cursor marker expected");
    }
    String text = marked.substring(0, at) + marked.substring(at + 1);
    return new Editor(ParsedFile.of(path, text), at);
  }

  /** Adds another file to the workspace the request sees. */
  Editor with(String path, String text) {
    others.add(ParsedFile.of(path, text));
    return this;
  }

  private Workspace workspace() {
    List<ParsedFile> all = new ArrayList<>(others);
    all.add(file);
    return new Workspace(all);
  }

  Completion completion() {
    return new Completion(file, Assistants.complete(file, offset, workspace()));
  }

  Hover hover() {
    return new Hover(Assistants.hover(file, offset, workspace()));
  }

  /** The suggestions at the cursor. */
  record Completion(ParsedFile file, List<Suggestion> items) {
    List<String> labels() {
      return items.stream().map(Suggestion::label).toList();
    }

    boolean contains(String label) {
      return labels().contains(label);
    }

    boolean isEmpty() {
      return items.isEmpty();
    }

    Suggestion item(String label) {
      return items.stream().filter(s -> s.label().equals(label)).findFirst()
          .orElseThrow(() -> new AssertionError("no suggestion " + label + " in " + labels()));
    }

    /** The text the suggestion replaces, as typed in the document. */
    String replaced(String label) {
      Suggestion s = item(label);
      return file.text().substring(s.replace().start(), s.replace().end());
    }

    @Override
    public String toString() {
      return labels().toString();
    }
  }

  /** The hover at the cursor, if any. */
  record Hover(Optional<HoverInfo> info) {
    boolean isPresent() {
      return info.isPresent();
    }

    String text() {
      return info.map(HoverInfo::markdown).orElse("");
    }

    boolean contains(String fragment) {
      return text().contains(fragment);
    }

    @Override
    public String toString() {
      return text();
    }
  }
}
