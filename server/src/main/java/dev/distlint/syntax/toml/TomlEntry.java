package dev.distlint.syntax.toml;

import dev.distlint.base.TextRange;

/**
 * One key of a table and its value. For a key reached through a dotted key or a header
 * ({@code [http_service]}), {@code keyRange} is where that segment was first written.
 */
public record TomlEntry(String key, TextRange keyRange, TomlValue value) {}
