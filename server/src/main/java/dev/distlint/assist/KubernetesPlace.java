package dev.distlint.assist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a position lies in a Kubernetes manifest being edited: the document's {@code kind:} and
 * the keys of the enclosing mappings, outermost first ({@code [spec, template, spec,
 * containers]}), read from the indentation of the lines above so a half-written manifest need not
 * parse. {@link #context()} names the grammar context of {@code grammars/kubernetes.yaml} whose
 * keys belong there.
 */
record KubernetesPlace(String kind, List<String> path) {
  private static final Pattern KIND = Pattern.compile("(?m)^kind:\\s*([A-Za-z]+)");
  static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "ReplicaSet",
      "DaemonSet");
  static final Set<String> PROBES = Set.of("livenessProbe", "readinessProbe", "startupProbe");

  /** The place of a key (or of the cursor) at {@code column} of the line starting at lineStart. */
  static KubernetesPlace at(String text, int lineStart, int column) {
    int docStart = Math.max(0, text.lastIndexOf("\n---", Math.max(0, lineStart - 1)) + 1);
    int docEnd = text.indexOf("\n---", lineStart);
    Matcher km = KIND.matcher(text.substring(docStart, docEnd < 0 ? text.length() : docEnd));
    List<String> path = new ArrayList<>();
    int pos = lineStart;
    int col = column;
    while (pos > docStart) {
      int prevStart = Math.max(docStart, text.lastIndexOf('\n', pos - 2) + 1);
      String l = text.substring(prevStart, pos - 1);
      pos = prevStart;
      String stripped = l.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      int indent = l.length() - l.stripLeading().length();
      String body = stripped.startsWith("- ") ? stripped.substring(2).stripLeading() : stripped;
      int keyIndent = indent + (stripped.length() - body.length());
      if (keyIndent < col || indent < col && stripped.startsWith("- ")) {
        int colon = body.indexOf(':');
        if (indent < col && stripped.startsWith("- ") && keyIndent >= col) {
          col = indent;
          continue;
        }
        path.add(colon > 0 ? body.substring(0, colon).strip() : "");
        col = indent;
      }
    }
    Collections.reverse(path);
    return new KubernetesPlace(km.find() ? km.group(1) : "", List.copyOf(path));
  }

  /** The keys written at {@code column} in the mapping around the line starting at lineStart. */
  static Set<String> siblings(String text, int lineStart, int column) {
    Set<String> out = new java.util.HashSet<>();
    for (int dir : new int[] {-1, 1}) {
      int pos = lineStart;
      while (true) {
        pos = dir < 0 ? text.lastIndexOf('\n', pos - 2) + 1 : text.indexOf('\n', pos) + 1;
        if (pos <= 0 || pos >= text.length() || dir < 0 && pos >= lineStart && pos != 0) {
          break;
        }
        int end = text.indexOf('\n', pos);
        String l = text.substring(pos, end < 0 ? text.length() : end);
        String stripped = l.strip();
        if (stripped.isEmpty() || stripped.startsWith("#")) {
          continue;
        }
        int indent = l.length() - l.stripLeading().length();
        if (indent < column || stripped.startsWith("---")) {
          break;
        }
        int colon = stripped.indexOf(':');
        if (indent == column && colon > 0) {
          out.add(stripped.substring(0, colon).strip());
        }
        if (pos == 0) {
          break;
        }
      }
    }
    return out;
  }

  String parent() {
    return path.isEmpty() ? "" : path.get(path.size() - 1);
  }

  /** The grammar context of the keys at this place, or null when the grammar has none. */
  String context() {
    if (parent().endsWith("Probe")) {
      return "probe";
    }
    if (path.equals(List.of("spec"))) {
      return switch (kind) {
        case "PodDisruptionBudget" -> "pdb_spec";
        case "Service" -> "service_spec";
        default -> WORKLOADS.contains(kind) ? "workload_spec" : null;
      };
    }
    if (WORKLOADS.contains(kind) && path.equals(List.of("spec", "template", "spec"))
        || kind.equals("Pod") && path.equals(List.of("spec"))) {
      return "pod_spec";
    }
    if (parent().equals("containers") || parent().equals("initContainers")) {
      return "container";
    }
    return null;
  }
}
