package dev.distlint.facts.discovery;

import dev.distlint.model.k8s.KubeObject;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YNode;
import dev.distlint.syntax.yaml.YSeq;
import java.util.List;

/**
 * Whether the RBAC objects of the manifests let a service account list a resource. A binding
 * whose role is not in the manifests (the built-in {@code view} ClusterRole, a role kept
 * elsewhere) and aggregated ClusterRoles count as granting: only a visible absence is reported.
 */
public final class RbacGrants {
  private RbacGrants() {
  }

  public static boolean allows(List<KubeObject> all, String account, String accountNs, String targetNs,
      String resource) {
    for (KubeObject b : all) {
      boolean roleBinding = b.is("RoleBinding") && b.namespace().equals(targetNs);
      if ((roleBinding || b.is("ClusterRoleBinding")) && binds(b, account, accountNs)) {
        YMap ref = b.root().map("roleRef");
        if (ref != null && roleGrants(all, ref.string("kind"), ref.string("name"), b.namespace(),
            resource)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean binds(KubeObject binding, String account, String accountNs) {
    YSeq subjects = binding.root().seq("subjects");
    if (subjects == null) {
      return false;
    }
    for (YNode n : subjects.items()) {
      if (!(n instanceof YMap s)) {
        continue;
      }
      String kind = s.string("kind");
      String name = s.string("name");
      String ns = s.string("namespace") != null ? s.string("namespace") : binding.namespace();
      if ("ServiceAccount".equals(kind) && account.equals(name) && accountNs.equals(ns)) {
        return true;
      }
      if ("Group".equals(kind) && ("system:serviceaccounts".equals(name)
          || ("system:serviceaccounts:" + accountNs).equals(name)
          || "system:authenticated".equals(name))) {
        return true;
      }
    }
    return false;
  }

  private static boolean roleGrants(List<KubeObject> all, String kind, String name,
      String bindingNs, String resource) {
    for (KubeObject r : all) {
      boolean same = "Role".equals(kind) ? r.is("Role") && r.namespace().equals(bindingNs)
          : "ClusterRole".equals(kind) && r.is("ClusterRole");
      if (same && name != null && name.equals(r.name())) {
        return r.root().get("aggregationRule") != null || rulesGrant(r.root().seq("rules"), resource);
      }
    }
    return true;
  }

  private static boolean rulesGrant(YSeq rules, String resource) {
    if (rules == null) {
      return false;
    }
    for (YNode n : rules.items()) {
      if (n instanceof YMap rule && contains(rule.seq("apiGroups"), "")
          && contains(rule.seq("resources"), resource) && contains(rule.seq("verbs"), "list")) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(YSeq seq, String value) {
    if (seq == null) {
      return false;
    }
    for (YNode n : seq.items()) {
      String t = n.text();
      if (t != null && (t.equals(value) || t.equals("*"))) {
        return true;
      }
    }
    return false;
  }

  /** A Role and RoleBinding that let the account list the resource, as YAML documents. */
  public static String manifest(String workload, String account, String accountNs, String targetNs,
      String resource) {
    String name = (workload == null ? "libcluster" : workload) + "-libcluster";
    return "---\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: " + name
        + "\n  namespace: " + targetNs + "\nrules:\n  - apiGroups: [\"\"]\n    resources: ["
        + resource + "]\n    verbs: [get, list, watch]\n---\n"
        + "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: " + name
        + "\n  namespace: " + targetNs + "\nsubjects:\n  - kind: ServiceAccount\n    name: "
        + account + "\n    namespace: " + accountNs + "\nroleRef:\n"
        + "  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: " + name + "\n";
  }
}
