package dev.distlint.assist;

import dev.distlint.base.FileKind;
import dev.distlint.base.FileKind;
import dev.distlint.base.Log;
import dev.distlint.base.Log;
import dev.distlint.documents.ParsedFile;
import dev.distlint.facts.BeamWorkloads;
import dev.distlint.facts.BeamWorkloads;
import dev.distlint.facts.Durations;
import dev.distlint.facts.Libraries;
import dev.distlint.facts.Libraries;
import dev.distlint.facts.Quorum;
import dev.distlint.facts.Quorum;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.elixir.ElixirFile;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExNumber;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.ExWalker;
import dev.distlint.syntax.elixir.view.ConfigCall;
import dev.distlint.syntax.elixir.view.ConstValue;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Computed facts shown beside values: quorum and tolerated failures beside the replicas of a
 * quorum workload, its disruption budget and literal member lists; the failure-detection window
 * beside {@code net_ticktime}.
 */
public final class InlayHints {
  private static final Pattern DURATION_KEY = Pattern.compile("\\w*(_interval|_period|_timeout|timeout|_ms)");
  private InlayHints() {
  }

  public static List<InlayHint> of(ParsedFile f, Workspace ws) {
    List<InlayHint> out = new ArrayList<>();
    try {
      if (f.kind() == FileKind.K8S) {
        kubernetes(f, ws, out);
      } else if (f.kind() == FileKind.VMARGS) {
        f.view(ReleaseViews.VM_ARGS).param("kernel", "net_ticktime").ifPresent(p -> {
          if (p.value() != null) {
            tick(p.value().range().end(), p.value().value(), out);
          }
        });
      } else if (f.kind().isElixir()) {
        elixir(f, out);
      }
    } catch (RuntimeException e) {
      Log.error("inlay hints failed for " + f.path(), e);
    }
    return out;
  }

  private static void kubernetes(ParsedFile f, Workspace ws, List<InlayHint> out) {
    if (!Libraries.usesQuorum(ws)) {
      return;
    }
    for (KubeObject o : KubeObjects.of(f)) {
      YScalar r = o.replicasNode();
      if (r != null && r.asLong() != null && o.isWorkload() && BeamWorkloads.isBeam(o)) {
        long n = r.asLong();
        out.add(new InlayHint(o.range(r).end(), "quorum " + Quorum.of(n) + ", tolerates "
            + Quorum.tolerated(n), Quorum.describe(n)));
      }
      if (o.is("PodDisruptionBudget") && o.spec() != null) {
        budget(o, ws, out);
      }
    }
  }

  /** Beside a budget of a quorum workload: how many members a drain may take, and the limit. */
  private static void budget(KubeObject pdb, Workspace ws, List<InlayHint> out) {
    for (KubeObject w : KubeObjects.all(ws)) {
      Long n = w.replicas();
      if (n == null || !w.isWorkload() || !BeamWorkloads.isBeam(w)
          || !KubeObjects.budgetSelects(pdb, w)) {
        continue;
      }
      for (String key : List.of("maxUnavailable", "minAvailable")) {
        YScalar v = pdb.spec().scalar(key);
        if (v != null) {
          out.add(new InlayHint(pdb.range(v).end(), "of " + n + "; quorum " + Quorum.of(n)
              + ", at most " + Quorum.tolerated(n) + " may be down", Quorum.describe(n)));
        }
      }
      return;
    }
  }

  /**
   * The value of a duration in milliseconds written as an expression ({@code :timer.seconds(30)},
   * {@code 5 * 60_000}, an attribute, an environment default), so the reader sees what it comes to.
   */
  private static void durationHint(ParsedFile f, ExPair p, List<InlayHint> out) {
    String key = p.keyName();
    if (key == null || p.value() instanceof ExNumber || !DURATION_KEY.matcher(key).matches()) {
      return;
    }
    ConstValue v = ElixirViews.value(f, p.value());
    v.asLong().ifPresent(ms -> out.add(new InlayHint(p.value().range().end(),
        "= " + Durations.format(ms) + (v.fromDefault() ? " (default)" : ""),
        key + " evaluates to " + ms + " ms" + (v.fromDefault()
            ? " when the variable or key it reads is not set." : "."))));
  }

  private static void elixir(ParsedFile f, List<InlayHint> out) {
    for (ConfigCall c : f.view(ElixirViews.CONFIG).calls()) {
      if ("kernel".equals(c.app()) && c.module() == null) {
        c.get("net_ticktime").ifPresent(v -> ElixirViews.integer(f, v).ifPresent(
            t -> tick(v.range().end(), Long.toString(t), out)));
      }
    }
    ElixirFile root = f.view(ElixirViews.AST);
    for (ExCall call : ExWalker.findAll(root, ExCall.class)) {
      String n = call.name();
      if ((n.equals(":ra.start_cluster") || n.equals("ra.start_cluster")) && call.args().size() >= 3
          && call.args().get(call.args().size() - 1) instanceof ExList members) {
        memberHint(members, out);
      }
    }
    for (ExPair p : ExWalker.findAll(root, ExPair.class)) {
      durationHint(f, p, out);
      if ("members".equals(p.keyName()) && p.value() instanceof ExList members
          && !members.items().isEmpty() && !members.isKeywordList()) {
        memberHint(members, out);
      }
    }
  }

  private static void memberHint(ExList members, List<InlayHint> out) {
    long n = members.items().size();
    out.add(new InlayHint(members.range().end(), n + " members: quorum " + Quorum.of(n)
        + ", tolerates " + Quorum.tolerated(n), Quorum.describe(n)));
  }

  /** net_ticktime T with the default intensity 4: a silent peer is dropped after T±T/4 s. */
  static void tick(int at, String value, List<InlayHint> out) {
    try {
      long t = Long.parseLong(value.trim());
      if (t <= 0) {
        return;
      }
      double lo = t - t / 4.0;
      double hi = t + t / 4.0;
      out.add(new InlayHint(at, "peer down after " + fmt(lo) + "–" + fmt(hi) + " s",
          "With net_ticktime " + t + " and the default net_tickintensity 4, a peer that stops"
              + " answering is disconnected between " + fmt(lo) + " and " + fmt(hi) + " seconds later."));
    } catch (NumberFormatException e) {
      // Templated values get no hint.
    }
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : String.format("%.1f", d);
  }
}
