package dev.distlint.syntax.yaml;

import dev.distlint.base.TextRange;
import dev.distlint.base.ParseProblem;

/**
 * One document of a (possibly multi-document) YAML file. Node offsets are relative to
 * {@code base}, the offset of the document's first character in the file.
 *
 * @param index position of the document in the file, from 0
 * @param root the root node, or {@code null} for an empty document or one that failed to parse
 * @param problem the syntax error of this document, or {@code null}
 */
public record YamlDocument(int index, int base, int length, YNode root, ParseProblem problem) {

  public TextRange range(YNode node) {
    return new TextRange(base + node.start(), base + node.end());
  }

  public TextRange range() {
    return new TextRange(base, base + length);
  }

  public YMap rootMap() {
    return root instanceof YMap m ? m : null;
  }

  /** True when the file offset falls inside this document. */
  public boolean contains(int offset) {
    return offset >= base && offset <= base + length;
  }
}
