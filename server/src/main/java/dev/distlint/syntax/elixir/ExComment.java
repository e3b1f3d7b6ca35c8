package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;

/**
 * A {@code #} comment. Kept apart from the tree because comments carry suppressions and
 * expectation markers rather than meaning. {@code text} excludes the {@code #}.
 */
public record ExComment(String text, TextRange range) {}
