package dev.distlint.rules.dist;


/** Small readers shared by the distribution rules. */
final class RuleSupport {
  private RuleSupport() {
  }

  /** True for a value that refers to another variable instead of holding the secret itself. */
  static boolean isReference(String value) {
    return value.contains("${") || value.contains("$(") || value.startsWith("$");
  }
}
