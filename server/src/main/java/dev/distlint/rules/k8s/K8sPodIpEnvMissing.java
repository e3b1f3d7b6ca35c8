package dev.distlint.rules.k8s;

import dev.distlint.facts.discovery.Setup;
import dev.distlint.facts.edits.EnvInsertion;
import dev.distlint.base.Fix;
import dev.distlint.lint.DocumentScoped;
import dev.distlint.lint.RuleContext;
import dev.distlint.facts.NodeNaming;
import dev.distlint.model.k8s.Container;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.envsh.EnvAssignment;
import dev.distlint.syntax.envsh.EnvShFile;
import dev.distlint.syntax.envsh.Expansion;
import dev.distlint.documents.ParsedFile;
import dev.distlint.syntax.yaml.YNode;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** RELEASE_NODE uses a pod variable that the release's container does not receive. */
public final class K8sPodIpEnvMissing implements DocumentScoped {
  /** Variables the node name may use and the downward-API field that provides each. */
  static final Map<String, String> FIELDS = Map.of("POD_IP", "status.podIP",
      "NAMESPACE", "metadata.namespace", "POD_NAMESPACE", "metadata.namespace",
      "POD_NAME", "metadata.name");
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");

  @Override
  public String id() {
    return "k8s-pod-ip-env-missing";
  }

  @Override
  public void check(RuleContext ctx) {
    Workspace ws = ctx.workspace();
    NodeNaming.Setting node = NodeNaming.of(ws).node();
    ParsedFile envFile = node == null ? null : ws.file(node.path());
    if (envFile == null || KubeObjects.of(ctx.file()).isEmpty()) {
      return;
    }
    Map<String, String> needed = needed(envFile.view(ReleaseViews.ENV_SH));
    if (needed.isEmpty()) {
      return;
    }
    for (KubeObject o : KubeObjects.of(ctx.file())) {
      if (!o.isWorkload()) {
        continue;
      }
      for (Container c : o.containers()) {
        Map<String, String> missing = missing(c, needed);
        if (!missing.isEmpty() && Setup.runsRelease(ws, o, c)) {
          var report = ctx.at(o.range(c.anchor()), "Container '" + c.name() + "' has no "
              + String.join(", ", missing.keySet()) + " from the downward API, but RELEASE_NODE"
              + " needs " + (missing.size() == 1 ? "it" : "them") + ": in this pod "
              + String.join(", ", missing.keySet()) + " expands to an empty string.")
              .related(node.path(), node.range(), "RELEASE_NODE uses "
                  + String.join(", ", missing.keySet()));
          Fix.FileEdit edit = EnvInsertion.of(ctx.file(), o, c, missing);
          if (edit != null) {
            report.fix(new Fix("Add " + String.join(", ", missing.keySet())
                + " from the downward API", List.of(edit), true));
          }
          report.emit();
        }
      }
    }
  }

  /** Downward-API variables the start-time RELEASE_NODE needs, through env.sh assignments. */
  static Map<String, String> needed(EnvShFile env) {
    EnvAssignment nodeAssignment = env.last("RELEASE_NODE").orElse(null);
    if (nodeAssignment == null) {
      return Map.of();
    }
    Set<String> seen = new LinkedHashSet<>();
    List<EnvAssignment> todo = new ArrayList<>(List.of(nodeAssignment));
    Map<String, String> out = new LinkedHashMap<>();
    while (!todo.isEmpty() && seen.size() < 32) {
      EnvAssignment a = todo.remove(0);
      for (String v : references(a)) {
        if (!seen.add(v)) {
          continue;
        }
        var local = env.last(v);
        if (local.isPresent() && local.get() != a) {
          todo.add(local.get());
        } else if (FIELDS.containsKey(v)) {
          out.put(v, FIELDS.get(v));
        }
      }
    }
    return out;
  }

  private static Set<String> references(EnvAssignment a) {
    Set<String> out = new LinkedHashSet<>();
    for (Expansion e : a.expansions()) {
      if (e.variable() != null) {
        out.add(e.variable());
      }
    }
    Matcher m = REFERENCE.matcher(a.rawValue());
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The needed variables the container lacks or takes from another field. */
  private static Map<String, String> missing(Container c, Map<String, String> needed) {
    Map<String, String> out = new LinkedHashMap<>();
    if (YNode.unknownIn(c.node().get("env"))) {
      return out;
    }
    needed.forEach((name, field) -> {
      Container.EnvVar e = c.envVar(name);
      if (e == null || e.fieldPath() != null && !e.fieldPath().equals(field)) {
        out.put(name, field);
      }
    });
    return out;
  }
}
