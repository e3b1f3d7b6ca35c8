package dev.distlint.facts.workloads;

import java.util.Set;

/** Writes YAML scalars for generated text: plain when unambiguous, else double-quoted. */
public final class Yaml {
  private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off",
      "null", "y", "n", "~");

  private Yaml() {
  }

  public static String scalar(String s) {
    if (s.matches("[A-Za-z][A-Za-z0-9._/-]*") && !RESERVED.contains(s.toLowerCase())) {
      return s;
    }
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
