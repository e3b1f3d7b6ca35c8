package dev.distlint.assist;

import java.util.List;

/** Cutting and indenting grammar snippets for insertion at a position. */
final class Snippets {
  private Snippets() {
  }

  /**
   * The topology entry of a full {@code config :libcluster, topologies: [...]} snippet, dedented,
   * or null when the body has no such shape.
   */
  static String topologyOf(String body) {
    List<String> lines = body.stripTrailing().lines().toList();
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("topologies: [")) {
        start = i + 1;
        break;
      }
    }
    int end = lines.size() - 1;
    if (start < 0 || end <= start || !lines.get(end).strip().equals("]")) {
      return null;
    }
    List<String> part = lines.subList(start, end);
    int cut = part.get(0).length() - part.get(0).stripLeading().length();
    StringBuilder out = new StringBuilder();
    for (String line : part) {
      int lead = line.length() - line.stripLeading().length();
      out.append(out.length() == 0 ? "" : "\n").append(line.substring(Math.min(cut, lead)));
    }
    return out.toString();
  }

  /** Continuation lines indented like the line the snippet starts on. */
  static String indent(String body, String prefix) {
    return body.stripTrailing().replace("\n", "\n" + prefix);
  }
}
