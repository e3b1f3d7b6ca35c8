package dev.distlint.facts.edits;

import dev.distlint.base.Fix;
import dev.distlint.base.TextRange;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.documents.ParsedFile;

/** Inserts a {@code key: value} line as the first entry of an object's block-style spec. */
public final class SpecLine {
  private SpecLine() {
  }

  /** The edit, or null when the spec is missing, empty or written in flow style. */
  public static Fix.FileEdit insert(ParsedFile f, KubeObject o, String line) {
    YMap spec = o.spec();
    if (spec == null || spec.entries().isEmpty()) {
      return null;
    }
    String text = f.text();
    int first = o.range(spec.entries().get(0).key()).start();
    int lineStart = TextEdits.lineStart(text, first);
    if (!text.substring(lineStart, first).isBlank()) {
      return null;
    }
    return new Fix.FileEdit(f.path(), TextRange.at(lineStart),
        TextEdits.spaces(first - lineStart) + line + "\n");
  }
}
