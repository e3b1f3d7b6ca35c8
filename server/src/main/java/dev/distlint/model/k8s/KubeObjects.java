package dev.distlint.model.k8s;

import dev.distlint.base.FileKind;
import dev.distlint.syntax.yaml.YamlView;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YamlDocument;
import dev.distlint.documents.ParsedFile;
import dev.distlint.documents.View;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Kubernetes objects of a file, and selector matching across the workspace. */
public final class KubeObjects {
  public static final View<List<KubeObject>> VIEW = View.of("k8s-objects", KubeObjects::read);

  private KubeObjects() {
  }

  private static List<KubeObject> read(ParsedFile f) {
    if (f.kind() != FileKind.K8S) {
      return List.of();
    }
    List<KubeObject> out = new ArrayList<>();
    for (YamlDocument d : f.view(YamlView.YAML).documents()) {
      YMap root = d.rootMap();
      if (root != null && root.string("kind") != null && root.get("apiVersion") != null) {
        out.add(new KubeObject(f.path(), d, root));
        if ("List".equals(root.string("kind")) && root.seq("items") != null) {
          for (var item : root.seq("items").items()) {
            if (item instanceof YMap m && m.string("kind") != null) {
              out.add(new KubeObject(f.path(), d, m));
            }
          }
        }
      }
    }
    return List.copyOf(out);
  }

  public static List<KubeObject> of(ParsedFile f) {
    return f.view(VIEW);
  }

  /** Every Kubernetes object of the workspace. */
  public static List<KubeObject> all(Workspace ws) {
    return ws.collect(VIEW, FileKind.K8S);
  }

  /**
   * True when a selector ({@code matchLabels}, or a Service's plain map) selects the labels.
   * {@code matchExpressions} with In, NotIn, Exists and DoesNotExist are honoured. An empty
   * selector selects nothing here (a Service without selector targets no pods).
   */
  public static boolean selects(YMap selector, Map<String, String> labels, boolean plainMap) {
    if (selector == null) {
      return false;
    }
    Map<String, String> match = plainMap ? KubeObject.stringMap(selector)
        : KubeObject.stringMap(selector.map("matchLabels"));
    var exprs = plainMap ? null : selector.seq("matchExpressions");
    if (match.isEmpty() && (exprs == null || exprs.items().isEmpty())) {
      return false;
    }
    for (var e : match.entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    if (exprs != null) {
      for (var n : exprs.items()) {
        if (!(n instanceof YMap ex) || !expressionHolds(ex, labels)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether a PodDisruptionBudget selects the workload's pods: same namespace, and its selector
   * matches the pod labels. Under policy/v1 an empty selector ({@code selector: {}}) selects every
   * pod of the namespace; a missing one selects none.
   */
  public static boolean budgetSelects(KubeObject pdb, KubeObject workload) {
    YMap spec = pdb.spec();
    if (!pdb.is("PodDisruptionBudget") || spec == null
        || !pdb.namespace().equals(workload.namespace())) {
      return false;
    }
    YMap sel = spec.map("selector");
    if (sel != null && sel.entries().isEmpty()) {
      return true;
    }
    return selects(sel, workload.podLabels(), false);
  }

  private static boolean expressionHolds(YMap ex, Map<String, String> labels) {
    String key = ex.string("key");
    String op = ex.string("operator");
    List<String> values = new ArrayList<>();
    if (ex.seq("values") != null) {
      ex.seq("values").items().forEach(v -> values.add(v.text()));
    }
    String actual = key == null ? null : labels.get(key);
    if (op == null) {
      return false;
    }
    switch (op) {
      case "In": return actual != null && values.contains(actual);
      case "NotIn": return actual == null || !values.contains(actual);
      case "Exists": return actual != null;
      case "DoesNotExist": return actual == null;
      default: return false;
    }
  }
}
