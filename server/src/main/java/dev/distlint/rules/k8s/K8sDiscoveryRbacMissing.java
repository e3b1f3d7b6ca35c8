package dev.distlint.rules.k8s;

import java.util.Map;
import java.util.HashMap;
import java.util.ArrayList;
import dev.distlint.facts.Fact;
import dev.distlint.facts.discovery.Strategies;
import dev.distlint.facts.discovery.Setup;
import dev.distlint.facts.discovery.Selectors;
import dev.distlint.facts.discovery.RbacGrants;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.TextRange;
import dev.distlint.facts.Topology;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.workspace.Workspace;
import java.util.List;

/** The Kubernetes strategy's service account may not list endpoints or pods. */
public final class K8sDiscoveryRbacMissing implements Rule {
  private static final Fact<Map<String, List<Use>>> USES =
      Fact.of("kubernetes-api-discovery-workloads-by-file", K8sDiscoveryRbacMissing::uses);
  private static final Fact.Family<List<String>, Boolean> GRANTED =
      Fact.family("rbac-list-granted", K8sDiscoveryRbacMissing::granted);
  @Override
  public String id() {
    return "k8s-discovery-rbac-missing";
  }

  @Override
  public void check(RuleContext ctx) {
    if (KubeObjects.of(ctx.file()).isEmpty()) {
      return;
    }
    Workspace ws = ctx.workspace();
    for (Use u : USES.in(ws).getOrDefault(ctx.file().path(), List.of())) {
      KubeObject o = u.workload();
      String ns = u.topology().configString("kubernetes_namespace").orElse(o.namespace());
      String account = account(o);
      if (!GRANTED.in(ws, List.of(account, o.namespace(), ns, u.resource()))) {
        report(ctx, u.topology(), o, account, ns, u.resource());
      }
    }
  }

  /** A workload whose pods run a Kubernetes API topology, and the resource it lists. */
  private record Use(Topology topology, KubeObject workload, String resource) {
  }

  private static Map<String, List<Use>> uses(Workspace ws) {
    Map<String, List<Use>> out = new HashMap<>();
    for (Topology t : Setup.prodTopologies(ws)) {
      String resource = resource(t);
      if (!Strategies.K8S.equals(t.strategy()) || resource == null) {
        continue;
      }
      for (KubeObject o : Selectors.workloads(ws, t)) {
        out.computeIfAbsent(o.path(), k -> new ArrayList<>()).add(new Use(t, o, resource));
      }
    }
    return out;
  }

  /** Whether (account, its namespace, the listed namespace, resource) is allowed. */
  private static boolean granted(Workspace ws, List<String> q) {
    return RbacGrants.allows(KubeObjects.all(ws), q.get(0), q.get(1), q.get(2), q.get(3));
  }

  private static void report(RuleContext ctx, Topology t, KubeObject o, String account,
      String ns, String resource) {
    YMap pod = o.podSpec();
    YScalar sa = pod == null ? null : pod.scalar("serviceAccountName");
    TextRange at = sa != null ? o.range(sa) : o.nameRange();
    String text = ctx.file().text();
    String manifest = RbacGrants.manifest(o.name(), account, o.namespace(), ns, resource);
    String lead = text.endsWith("\n") ? "" : "\n";
    ctx.at(at, "No Role or ClusterRole in the manifests lets service account '" + account
        + "' of " + o.kind() + " '" + o.name() + "' list " + resource + " in namespace '" + ns
        + "': the Kubernetes topology '" + t.name() + "' gets 403 and connects no one.")
        .related(t.path(), t.anchor(), "this topology queries the Kubernetes API for " + resource)
        .fix(new Fix("Add a Role and RoleBinding that allow listing " + resource,
            List.of(new Fix.FileEdit(ctx.file().path(), TextRange.at(text.length()),
                lead + manifest)), false))
        .emit();
  }

  /** "endpoints" or "pods" by kubernetes_ip_lookup_mode; null when it is not a literal. */
  private static String resource(Topology t) {
    if (!t.hasConfigKey("kubernetes_ip_lookup_mode")) {
      return t.configKnown() ? "endpoints" : null;
    }
    return t.configAtom("kubernetes_ip_lookup_mode")
        .map(m -> m.equals("pods") ? "pods" : m.equals("endpoints") ? "endpoints" : null)
        .orElse(null);
  }

  private static String account(KubeObject o) {
    YMap pod = o.podSpec();
    String sa = pod == null ? null : pod.string("serviceAccountName");
    if (sa == null && pod != null) {
      sa = pod.string("serviceAccount");
    }
    return sa == null ? "default" : sa;
  }
}
