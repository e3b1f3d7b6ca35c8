package dev.distlint.syntax.yaml;

/**
 * A scalar. {@code plain} is true for unquoted scalars (only those can be numbers, booleans or
 * null in YAML 1.1/1.2 core schema terms).
 */
public record YScalar(String value, int start, int end, boolean plain, String tag) implements YNode {
  /**
   * The tag of a value a template prints that distlint cannot know (a Helm value it cannot
   * resolve). Such a scalar is present but is no number, boolean or null; its text is the template
   * action, so messages show what the user wrote.
   */
  public static final String UNKNOWN_TAG = "tag:distlint,2026:unknown";

  /** True for a templated value distlint cannot know. */
  public boolean isUnknown() {
    return UNKNOWN_TAG.equals(tag);
  }

  public boolean isNull() {
    return plain && (value.isEmpty() || value.equals("~") || value.equalsIgnoreCase("null"));
  }

  /** The integer value of a plain decimal scalar, or {@code null}. */
  public Long asLong() {
    if (!plain) {
      return null;
    }
    String v = value.replace("_", "");
    if (v.isEmpty() || v.length() > 18) {
      return null;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!(Character.isDigit(c) || (i == 0 && (c == '-' || c == '+')))) {
        return null;
      }
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public Boolean asBoolean() {
    if (!plain) {
      return null;
    }
    switch (value) {
      case "true": case "True": case "TRUE": return Boolean.TRUE;
      case "false": case "False": case "FALSE": return Boolean.FALSE;
      default: return null;
    }
  }
}
