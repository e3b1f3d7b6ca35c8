package dev.distlint.rules.libcluster;

import dev.distlint.facts.Fact;
import dev.distlint.facts.discovery.Strategies;
import dev.distlint.facts.edits.SpecLine;
import dev.distlint.facts.discovery.Setup;
import dev.distlint.facts.discovery.DiscoveryServices;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.TextRange;
import dev.distlint.facts.Topology;
import dev.distlint.model.k8s.Container;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.model.k8s.Probe;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.workspace.Workspace;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Readiness that seems to wait for the cluster, while discovery only sees ready pods: new pods
 * never find each other. Judged from the probe's path, so a hint.
 */
public final class LibclusterEndpointsVsReadiness implements Rule {
  private static final Fact<Cause> CAUSE =
      Fact.of("libcluster-endpoints-vs-readiness.cause", LibclusterEndpointsVsReadiness::computeCause);
  private static final Pattern CLUSTER_PATH =
      Pattern.compile("(?i)(cluster|nodes|peers|members|mesh)");

  @Override
  public String id() {
    return "libcluster-endpoints-vs-readiness";
  }

  @Override
  public void check(RuleContext ctx) {
    if (KubeObjects.of(ctx.file()).isEmpty()) {
      return;
    }
    Workspace ws = ctx.workspace();
    Cause cause = cause(ws);
    if (cause == null) {
      return;
    }
    for (KubeObject o : Setup.releaseWorkloads(ws)) {
      if (!o.path().equals(ctx.file().path())) {
        continue;
      }
      for (Container c : o.containers()) {
        Probe ready = c.probe("readinessProbe");
        YScalar path = ready == null ? null : ready.httpPath();
        if (path != null && CLUSTER_PATH.matcher(path.value()).find()) {
          var report = ctx.at(o.range(path), "Readiness path " + path.value() + " looks like a"
              + " cluster check, but " + cause.who + " only sees ready pods: new pods may wait"
              + " for each other forever.").related(cause.path, cause.range, cause.who);
          if (cause.fix != null) {
            report.fix(cause.fix);
          }
          report.emit();
        }
      }
    }
  }

  private record Cause(String who, String path, TextRange range, Fix fix) {
  }

  private static Cause cause(Workspace ws) {
    return CAUSE.in(ws);
  }

  private static Cause computeCause(Workspace ws) {
    for (Topology t : Setup.prodTopologies(ws)) {
      if (Strategies.K8S.equals(t.strategy()) && t.configKnown()
          && t.configAtom("kubernetes_ip_lookup_mode").orElse("endpoints").equals("endpoints")) {
        return new Cause("the Kubernetes topology '" + t.name() + "' (endpoints lookup)",
            t.path(), t.anchor(), null);
      }
    }
    java.util.Map<String, List<KubeObject>> services = new java.util.HashMap<>();
    for (KubeObject s : KubeObjects.all(ws)) {
      if (s.is("Service") && s.name() != null) {
        services.computeIfAbsent(s.name(), k -> new java.util.ArrayList<>()).add(s);
      }
    }
    for (DiscoveryServices d : DiscoveryServices.of(ws)) {
      for (KubeObject s : services.getOrDefault(d.service(), List.of())) {
        if (d.matches(s) && s.spec() != null
            && !"true".equals(s.spec().string("publishNotReadyAddresses"))) {
          Fix.FileEdit edit = SpecLine.insert(ws.file(s.path()), s, "publishNotReadyAddresses: true");
          return new Cause(d.who() + " (DNS of Service '" + s.name() + "')", d.path(), d.range(),
              edit == null ? null : new Fix("Publish not-ready addresses on Service '" + s.name()
                  + "'", List.of(edit), false));
        }
      }
    }
    return null;
  }
}
