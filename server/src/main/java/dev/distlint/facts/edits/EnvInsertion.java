package dev.distlint.facts.edits;

import dev.distlint.base.Fix;
import dev.distlint.model.k8s.Container;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YNode;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.syntax.yaml.YSeq;
import dev.distlint.documents.ParsedFile;
import java.util.Map;

/**
 * Builds the edit that gives a container downward-API env entries, in block style with the
 * indentation already used by the container: appended to its {@code env:} list, or as a new
 * {@code env:} key after its {@code name:}. Returns null for flow-style YAML it cannot extend
 * safely, and for entries that exist with another source (they need a person's decision).
 */
public final class EnvInsertion {
  private EnvInsertion() {
  }

  public static Fix.FileEdit of(ParsedFile f, KubeObject o, Container c, Map<String, String> vars) {
    for (String v : vars.keySet()) {
      if (c.envVar(v) != null) {
        return null;
      }
    }
    String text = f.text();
    YSeq env = c.node().seq("env");
    if (env != null && !env.items().isEmpty()) {
      YNode last = env.items().get(env.items().size() - 1);
      int start = o.range(last).start();
      String prefix = text.substring(TextEdits.lineStart(text, start), start);
      if (!prefix.matches(" *- +")) {
        return null;
      }
      int at = TextEdits.afterLastLine(text, o.range(last).end());
      return new Fix.FileEdit(f.path(), dev.distlint.base.TextRange.at(at),
          lead(text, at) + entries(prefix, vars));
    }
    if (env != null || c.node().get("env") != null) {
      return null;
    }
    YMap.Entry name = c.node().entry("name");
    if (name == null || !(name.value() instanceof YScalar)) {
      return null;
    }
    int keyStart = o.range(name.key()).start();
    String prefix = text.substring(TextEdits.lineStart(text, keyStart), keyStart);
    if (!prefix.matches(" *(- +)?")) {
      return null;
    }
    int col = prefix.length();
    int at = TextEdits.afterLastLine(text, o.range(name.value()).end());
    String block = TextEdits.spaces(col) + "env:\n" + entries(TextEdits.spaces(col + 2) + "- ", vars);
    return new Fix.FileEdit(f.path(), dev.distlint.base.TextRange.at(at), lead(text, at) + block);
  }

  /** The entries, the first line of each starting with {@code dashPrefix} ("    - "). */
  private static String entries(String dashPrefix, Map<String, String> vars) {
    int col = dashPrefix.length();
    StringBuilder sb = new StringBuilder();
    vars.forEach((name, field) -> sb.append(dashPrefix).append("name: ").append(name).append('\n')
        .append(TextEdits.spaces(col)).append("valueFrom:\n")
        .append(TextEdits.spaces(col + 2)).append("fieldRef:\n")
        .append(TextEdits.spaces(col + 4)).append("fieldPath: ").append(field).append('\n'));
    return sb.toString();
  }

  private static String lead(String text, int at) {
    return at > 0 && text.charAt(at - 1) != '\n' ? "\n" : "";
  }
}
