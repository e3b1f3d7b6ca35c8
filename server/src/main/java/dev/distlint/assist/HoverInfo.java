package dev.distlint.assist;

import dev.distlint.base.TextRange;

/** Markdown shown for a range. */
public record HoverInfo(TextRange range, String markdown) {
}
