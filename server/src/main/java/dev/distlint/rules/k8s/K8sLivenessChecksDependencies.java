package dev.distlint.rules.k8s;

import dev.distlint.lint.DocumentScoped;
import dev.distlint.facts.BeamWorkloads;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.k8s.Container;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.model.k8s.Probe;
import java.util.Locale;
import java.util.Set;

/** A liveness probe whose endpoint checks readiness or dependencies. */
public final class K8sLivenessChecksDependencies implements DocumentScoped {
  private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^a-z0-9]+");
  private static final Set<String> DEPENDENCY_WORDS =
      Set.of("db", "database", "deps", "dependencies", "dependency", "postgres", "redis", "repo");

  @Override
  public String id() {
    return "k8s-liveness-checks-dependencies";
  }

  @Override
  public void check(RuleContext ctx) {
    for (KubeObject o : KubeObjects.of(ctx.file())) {
      if (!BeamWorkloads.isBeam(o, ctx.workspace())) {
        continue; // generic Kubernetes advice is out of scope for workloads that are not BEAM
      }
      for (Container c : o.containers()) {
        Probe live = c.probe("livenessProbe");
        if (live == null || live.httpPath() == null) {
          continue;
        }
        String path = live.httpPath().value();
        Probe ready = c.probe("readinessProbe");
        String reason = null;
        if (ready != null && ready.httpPath() != null && ready.httpPath().value().equals(path)) {
          reason = "is the same endpoint the readinessProbe uses";
        } else {
          reason = dependencyWord(path);
        }
        if (reason != null) {
          ctx.report(o.range(live.httpPath()), "livenessProbe path '" + path + "' of container '"
              + c.name() + "' " + reason + ": a failing dependency would restart every pod.");
        }
      }
    }
  }

  private static String dependencyWord(String path) {
    for (String token : NON_WORD.split(path.toLowerCase(Locale.ROOT))) {
      if (token.startsWith("ready") || token.equals("readiness")) {
        return "names a readiness check";
      }
      if (DEPENDENCY_WORDS.contains(token)) {
        return "names a dependency check ('" + token + "')";
      }
    }
    return null;
  }
}
