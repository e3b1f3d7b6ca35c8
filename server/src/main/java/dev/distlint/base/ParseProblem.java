package dev.distlint.base;

/**
 * A problem a front end found while reading a file (a YAML syntax error, a file skipped for its
 * size). {@code code} is the diagnostic code shown to the user, e.g. {@code yaml-syntax}.
 */
public record ParseProblem(String code, TextRange range, String message) {
}
