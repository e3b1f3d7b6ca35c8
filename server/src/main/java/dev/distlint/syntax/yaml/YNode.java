package dev.distlint.syntax.yaml;

/**
 * A YAML node with its source range. Offsets are relative to the start of the document chunk the
 * node was parsed from, so a cached chunk can be reused when text before it changes; use
 * {@link YamlDocument#range(YNode)} for offsets into the file.
 */
public sealed interface YNode permits YMap, YSeq, YScalar {
  int start();

  int end();

  /** The scalar text, or {@code null} for collections. */
  default String text() {
    return this instanceof YScalar s ? s.value() : null;
  }

  default YMap asMap() {
    return this instanceof YMap m ? m : null;
  }

  default YSeq asSeq() {
    return this instanceof YSeq s ? s : null;
  }

  default YScalar asScalar() {
    return this instanceof YScalar s ? s : null;
  }

  /**
   * True when {@code n} holds a value a template prints that distlint cannot know
   * ({@link YScalar#isUnknown}): rules that judge by absence stay quiet about such a node.
   */
  static boolean unknownIn(YNode n) {
    if (n instanceof YScalar s) {
      return s.isUnknown();
    }
    if (n instanceof YMap m) {
      return m.entries().stream().anyMatch(e -> unknownIn(e.key()) || unknownIn(e.value()));
    }
    return n instanceof YSeq s && s.items().stream().anyMatch(YNode::unknownIn);
  }
}
