package dev.distlint.knowledge;

/**
 * A completion snippet in LSP snippet syntax. {@code file} names where it belongs
 * ({@code config.exs}, {@code runtime.exs}, {@code application.ex}, {@code env.sh}...).
 */
public record Snippet(String label, String file, String body) {
}
