package dev.distlint.assist;

/** A short label shown after {@code offset}, e.g. "quorum 2, tolerates 1". */
public record InlayHint(int offset, String label, String tooltip) {
}
