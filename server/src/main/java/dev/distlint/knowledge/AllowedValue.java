package dev.distlint.knowledge;

/** One value a key accepts, as written in the user's file (e.g. {@code :ip}), with a note. */
public record AllowedValue(String value, String doc) {
}
