package dev.distlint.rules.identical;

import dev.distlint.workspace.Workspace;
import dev.distlint.facts.Fact;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.TextRange;
import dev.distlint.base.FileKind;
import dev.distlint.model.compose.ComposeFile;
import dev.distlint.model.compose.ComposeService;
import dev.distlint.model.k8s.Container;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.model.k8s.Probe;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.documents.ParsedFile;
import dev.distlint.documents.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Many workloads that probe and give up on exactly the same explicit schedule. */
public final class IdenticalTimeoutsEverywhere implements Rule {
  /** Workloads by probe timing, across the workspace. */
  private static final Fact<Map<String, Set<String>>> OWNERS =
      Fact.of("workloads-by-probe-timing", IdenticalTimeoutsEverywhere::owners);
  private static final List<String> PROBES =
      List.of("livenessProbe", "readinessProbe", "startupProbe");

  /** One explicit timing block: its signature, owner and where it is. */
  record Timing(String signature, String owner, String path, TextRange range) {
  }

  static final View<List<Timing>> VIEW = View.of("timings", IdenticalTimeoutsEverywhere::read);

  @Override
  public String id() {
    return "identical-timeouts-everywhere";
  }

  @Override
  public void check(RuleContext ctx) {
    List<Timing> mine = ctx.file().view(VIEW);
    if (mine.isEmpty()) {
      return;
    }
    long min = ctx.params().longValue("min-workloads");
    Map<String, Set<String>> owners = OWNERS.in(ctx.workspace());
    for (Timing t : mine) {
      Set<String> same = owners.getOrDefault(t.signature(), Set.of());
      if (same.size() >= min) {
        ctx.report(t.range(), "The same timing (" + t.signature().substring(
            t.signature().indexOf(' ') + 1) + ") is used by " + same.size() + " workloads: "
            + String.join(", ", same) + ".");
      }
    }
  }

  private static Map<String, Set<String>> owners(Workspace ws) {
    Map<String, Set<String>> m = new LinkedHashMap<>();
    for (Timing t : ws.collect(VIEW, FileKind.K8S, FileKind.COMPOSE)) {
      m.computeIfAbsent(t.signature(), k -> new LinkedHashSet<>()).add(t.owner());
    }
    return m;
  }

  private static List<Timing> read(ParsedFile f) {
    List<Timing> out = new ArrayList<>();
    for (KubeObject o : KubeObjects.of(f)) {
      for (Container c : o.containers()) {
        for (String kind : PROBES) {
          Probe p = c.probe(kind);
          if (p != null && p.hasExplicitTiming()) {
            String sig = kind + " period " + p.periodSeconds() + " s, timeout "
                + p.timeoutSeconds() + " s, " + p.failureThreshold() + " failures";
            out.add(new Timing(sig, o.kind() + " " + o.name(), f.path(), o.range(p.keyNode())));
          }
        }
      }
    }
    for (ComposeService s : ComposeFile.of(f)) {
      YMap hc = s.node().map("healthcheck");
      if (hc != null && (hc.get("interval") != null || hc.get("timeout") != null
          || hc.get("retries") != null)) {
        String sig = "healthcheck interval " + or(hc.string("interval"), "30s") + ", timeout "
            + or(hc.string("timeout"), "30s") + ", " + or(hc.string("retries"), "3") + " retries";
        out.add(new Timing(sig, "service " + s.name(), f.path(),
            s.range(s.node().entry("healthcheck").key())));
      }
    }
    return List.copyOf(out);
  }

  private static String or(String v, String d) {
    return v == null ? d : v;
  }
}
