package dev.distlint.assist;

/**
 * A completion offered at a position. {@code snippet} uses LSP snippet syntax ({@code ${1:x}});
 * {@code replace} is the range of the partly typed word it replaces.
 */
public record Suggestion(String label, Kind kind, String detail, String documentation,
    String insertText, boolean snippet, dev.distlint.base.TextRange replace, String sortKey) {

  /** What the suggestion inserts, for the client's icon. */
  public enum Kind { SNIPPET, KEY, VALUE, MODULE, FLAG, VARIABLE }
}
