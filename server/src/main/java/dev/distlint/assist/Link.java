package dev.distlint.assist;

import dev.distlint.base.TextRange;

/**
 * A reference the cluster model resolves: a place in one file ({@code path}, {@code from}) that
 * names an object defined elsewhere ({@code targetPath}, {@code to}), such as a libcluster
 * {@code service:} naming a Kubernetes Service. Navigation follows links forwards (definition)
 * and backwards (references).
 */
public record Link(String path, TextRange from, String targetPath, TextRange to, String label) {
}
