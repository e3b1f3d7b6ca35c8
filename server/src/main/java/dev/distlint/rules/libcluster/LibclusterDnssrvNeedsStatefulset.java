package dev.distlint.rules.libcluster;

import java.util.Map;
import java.util.HashMap;
import java.util.ArrayList;
import dev.distlint.facts.Fact;
import dev.distlint.facts.discovery.Strategies;
import dev.distlint.facts.discovery.Setup;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.facts.Topology;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.workspace.Workspace;
import java.util.List;

/** DNSSRV discovery without a StatefulSet governed by the queried Service. */
public final class LibclusterDnssrvNeedsStatefulset implements Rule {
  private static final Fact<Map<String, List<Mismatch>>> MISMATCHES =
      Fact.of("dnssrv-workloads-without-srv-records", LibclusterDnssrvNeedsStatefulset::mismatches);
  @Override
  public String id() {
    return "libcluster-dnssrv-needs-statefulset";
  }

  @Override
  public void check(RuleContext ctx) {
    for (Mismatch m : MISMATCHES.in(ctx.workspace()).getOrDefault(ctx.file().path(), List.of())) {
      report(ctx, m.topology(), m.workload(), m.service());
    }
  }

  /** A DNSSRV topology and a workload of the release that its SRV records cannot list. */
  private record Mismatch(Topology topology, KubeObject workload, String service) {
  }

  private static Map<String, List<Mismatch>> mismatches(Workspace ws) {
    Map<String, List<Mismatch>> out = new HashMap<>();
    for (Topology t : Setup.prodTopologies(ws)) {
      String service = t.configString("service").orElse(null);
      if (!Strategies.K8S_DNSSRV.equals(t.strategy()) || service == null) {
        continue;
      }
      String ns = t.configString("namespace").orElse(null);
      List<KubeObject> candidates = Setup.releaseWorkloads(ws).stream()
          .filter(KubeObject::isReplicated)
          .filter(o -> ns == null || ns.equals(o.namespace())).toList();
      if (candidates.stream().anyMatch(o -> o.is("StatefulSet") && service.equals(serviceName(o)))) {
        continue;
      }
      for (KubeObject o : candidates) {
        out.computeIfAbsent(o.path(), k -> new ArrayList<>()).add(new Mismatch(t, o, service));
      }
    }
    return out;
  }

  private static void report(RuleContext ctx, Topology t, KubeObject o, String service) {
    String who = "the DNSSRV topology '" + t.name() + "'";
    var related = t.configPair("service").map(p -> p.range()).orElse(t.anchor());
    if (!o.is("StatefulSet")) {
      ctx.at(o.range(o.root().get("kind")), o.kind() + " '" + o.name() + "' runs the release, but "
          + who + " reads per-pod SRV records, which only StatefulSet pods have.")
          .related(t.path(), related, who + " queries Service '" + service + "'").emit();
      return;
    }
    YScalar name = o.spec() == null ? null : o.spec().scalar("serviceName");
    var report = ctx.at(name != null ? o.range(name) : o.nameRange(), "StatefulSet '" + o.name()
        + "' is governed by " + (name == null ? "no Service" : "Service '" + name.value() + "'")
        + ", but " + who + " queries '" + service + "': its SRV records list no pods of this set.")
        .related(t.path(), related, who + " queries Service '" + service + "'");
    if (name != null) {
      report.fix(new Fix("Set serviceName: " + service,
          List.of(new Fix.FileEdit(o.path(), o.range(name), service)), false));
    }
    report.emit();
  }

  static String serviceName(KubeObject o) {
    return o.spec() == null ? null : o.spec().string("serviceName");
  }
}
