package dev.distlint.syntax.vmargs;

import dev.distlint.base.TextRange;

/**
 * An application parameter set on the command line, {@code -<app> <key> <value>}, such as
 * {@code -kernel net_ticktime 60}. The VM reads every such pair into the application's
 * environment, so these matter as much as {@code config :kernel} entries.
 *
 * @param app the application, without the dash ({@code kernel})
 * @param key the parameter name as written, unquoted
 * @param keyToken the key word, for its range
 * @param value the value word, or null when the line is half-typed
 */
public record AppParam(String app, String key, Token keyToken, Token value) {

  /** From the key to the value (or the key alone when the value is missing). */
  public TextRange range() {
    return value == null ? keyToken.range() : keyToken.range().union(value.range());
  }
}
