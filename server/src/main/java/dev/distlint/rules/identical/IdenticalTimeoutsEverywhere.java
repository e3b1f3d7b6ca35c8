package dev.distlint.rules.identical;

import dev.distlint.workspace.Workspace;
import dev.distlint.facts.Fact;
import dev.distlint.lint.Bounded;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Many workloads that probe and give up on exactly the same explicit schedule. */
public final class IdenticalTimeoutsEverywhere implements Rule {
  /** Probe timings across the workspace, by signature, each list in file order. */
  private static final Fact<Map<String, List<Timing>>> BY_SIGNATURE =
      Fact.of("probe-timings-by-signature", IdenticalTimeoutsEverywhere::bySignature);
  private static final List<String> PROBES =
      List.of("livenessProbe", "readinessProbe", "startupProbe");

  /** One explicit timing block: its signature, owner and where it is. */
  record Timing(String signature, String owner, String path, TextRange range) {
    /**
     * What timings are compared within: Kubernetes workloads across the project, compose
     * services within their compose file (each file is a stack of its own: a dev database stack
     * and a test stack never run together).
     */
    String group() {
      return signature.startsWith("healthcheck ") ? path + "\u0000" + signature : signature;
    }
  }

  private static final Comparator<Timing> FIRST =
      Comparator.comparing(Timing::path).thenComparing(Timing::range);
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
    Map<String, List<Timing>> bySignature = BY_SIGNATURE.in(ctx.workspace());
    for (Timing t : mine) {
      List<Timing> same = bySignature.getOrDefault(t.group(), List.of());
      if (same.isEmpty() || !same.get(0).equals(t)) {
        continue; // reported once, on the first place; the others need not count the owners
      }
      Set<String> owners = new LinkedHashSet<>();
      same.forEach(s -> owners.add(s.owner()));
      if (owners.size() >= min) {
        report(ctx, t, same, List.copyOf(owners));
      }
    }
  }

  /** One finding per shared timing, on its first place, pointing to a few of the others. */
  private void report(RuleContext ctx, Timing first, List<Timing> same, List<String> owners) {
    var r = ctx.at(first.range(), "The same timing (" + first.signature().substring(
        first.signature().indexOf(' ') + 1) + ") is used by " + owners.size() + " workloads: "
        + Bounded.names(owners) + ".");
    same.stream().skip(1).limit(Bounded.MAX_RELATED)
        .forEach(t -> r.related(t.path(), t.range(), t.owner() + " uses the same timing"));
    r.emit();
  }

  private static Map<String, List<Timing>> bySignature(Workspace ws) {
    Map<String, List<Timing>> m = new LinkedHashMap<>();
    for (Timing t : ws.collect(VIEW, FileKind.K8S, FileKind.COMPOSE)) {
      m.computeIfAbsent(t.group(), k -> new ArrayList<>()).add(t);
    }
    m.values().forEach(l -> l.sort(FIRST));
    return m;
  }

  private static List<Timing> read(ParsedFile f) {
    List<Timing> out = new ArrayList<>();
    for (KubeObject o : KubeObjects.of(f)) {
      for (Container c : o.containers()) {
        for (Explicit e : c.node().derived(EXPLICIT, IdenticalTimeoutsEverywhere::explicit)) {
          out.add(new Timing(e.signature(), o.kind() + " " + o.name(), f.path(),
              o.range(e.key())));
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

  /** A probe of a container with an explicit timing: its signature and key. */
  private record Explicit(String signature, dev.distlint.syntax.yaml.YNode key) {
  }

  private static final Object EXPLICIT = new Object();

  /** The probes of a container's map with an explicit timing, read once per map. */
  private static List<Explicit> explicit(YMap container) {
    List<Explicit> out = new ArrayList<>();
    for (String kind : PROBES) {
      YMap m = container.map(kind);
      if (m == null) {
        continue;
      }
      Probe p = new Probe(kind, container.entry(kind).key(), m);
      if (p.hasExplicitTiming()) {
        out.add(new Explicit(kind + " period " + p.periodSeconds() + " s, timeout "
            + p.timeoutSeconds() + " s, " + p.failureThreshold() + " failures", p.keyNode()));
      }
    }
    return List.copyOf(out);
  }

  private static String or(String v, String d) {
    return v == null ? d : v;
  }
}
