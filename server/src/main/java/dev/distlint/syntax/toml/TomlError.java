package dev.distlint.syntax.toml;

import dev.distlint.base.TextRange;

/** A syntax or structure error; the parser carries on at the next line. */
public record TomlError(String message, TextRange range) {}
