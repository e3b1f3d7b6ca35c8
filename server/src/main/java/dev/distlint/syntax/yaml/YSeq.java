package dev.distlint.syntax.yaml;

import java.util.List;

/** A sequence. */
public record YSeq(List<YNode> items, int start, int end) implements YNode {
}
