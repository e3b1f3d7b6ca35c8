package dev.distlint.report.review;

import dev.distlint.base.FileKind;
import dev.distlint.facts.BeamWorkloads;
import dev.distlint.facts.Cookies;
import dev.distlint.facts.Discovery;
import dev.distlint.facts.DnsClusterChild;
import dev.distlint.facts.Durations;
import dev.distlint.facts.Libraries;
import dev.distlint.facts.NodeNaming;
import dev.distlint.facts.Quorum;
import dev.distlint.facts.ShutdownBudgets;
import dev.distlint.facts.Topology;
import dev.distlint.model.compose.ComposeFile;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.vmargs.VmFlag;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;

/** The cluster as configuration describes it, one line per topic, for the review report. */
record ClusterModel(List<Line> lines, long maxNodes) {
  /** A topic and what the workspace says about it. */
  public record Line(String topic, String value) {
  }

  static ClusterModel of(Workspace ws) {
    List<Line> lines = new ArrayList<>();
    discovery(ws, lines);
    naming(ws, lines);
    cookie(ws, lines);
    transport(ws, lines);
    long max = replicas(ws, lines);
    budgets(ws, lines);
    return new ClusterModel(List.copyOf(lines), max);
  }

  private static void discovery(Workspace ws, List<Line> lines) {
    Discovery d = Discovery.of(ws);
    for (Topology t : d.topologies()) {
      lines.add(new Line("Discovery", "libcluster topology `" + t.name() + "`: "
          + (t.strategy() == null ? "no strategy" : "`" + t.strategy() + "`") + " ("
          + t.path() + (t.env() == null ? "" : ", " + t.env()) + ")"));
    }
    for (DnsClusterChild c : d.dnsClusters()) {
      List<String> q = c.literalQueries();
      lines.add(new Line("Discovery", "DNSCluster" + (q.isEmpty() ? "" : " querying `"
          + String.join("`, `", q) + "`") + " (" + c.path() + ")"));
    }
    if (d.topologies().isEmpty() && d.dnsClusters().isEmpty()) {
      lines.add(new Line("Discovery", "none configured (nodes do not find each other)"));
    }
  }

  private static void naming(Workspace ws, List<Line> lines) {
    NodeNaming.Naming n = NodeNaming.of(ws);
    String mode = n.distribution() == null ? "short names (sname, the release default)"
        : n.longNames() ? "long names (name)" : n.distribution().value() + " names";
    lines.add(new Line("Node names", mode + "; for example `" + n.example() + "`"
        + (n.node() == null ? "" : " (" + n.node().path() + ")")));
  }

  private static void cookie(Workspace ws, List<Line> lines) {
    List<Cookies.CookieSetting> all = Cookies.all(ws);
    if (all.isEmpty()) {
      lines.add(new Line("Cookie", "not set in configuration (the release's generated `releases/COOKIE`)"));
    }
    for (Cookies.CookieSetting c : all) {
      lines.add(new Line("Cookie", (c.literal() ? "literal value" : "from a secret or variable")
          + " for " + c.owner() + " (" + c.path() + ")"));
    }
  }

  private static void transport(Workspace ws, List<Line> lines) {
    String proto = null;
    String where = null;
    for (ParsedFile f : ws.filesOf(FileKind.VMARGS)) {
      for (VmFlag fl : f.view(ReleaseViews.VM_ARGS).flags("-proto_dist")) {
        proto = fl.arg(0).map(t -> t.value()).orElse(proto);
        where = f.path();
      }
    }
    for (ParsedFile f : ws.filesOf(FileKind.ENVSH)) {
      for (VmFlag fl : f.view(ReleaseViews.ENV_SH).vmFlags("-proto_dist")) {
        proto = fl.arg(0).map(t -> t.value()).orElse(proto);
        where = f.path();
      }
    }
    lines.add(new Line("Transport", proto == null ? "TCP over IPv4 (`inet_tcp`, the default), no TLS"
        : "`" + proto + "`" + (proto.contains("tls") ? " (TLS)" : "") + " (" + where + ")"));
  }

  private static long replicas(Workspace ws, List<Line> lines) {
    long max = 0;
    boolean quorum = Libraries.usesQuorum(ws);
    for (KubeObject o : KubeObjects.all(ws)) {
      Long n = o.replicas();
      if (o.isWorkload() && BeamWorkloads.isBeam(o) && n != null) {
        max = Math.max(max, n);
        lines.add(new Line("Replicas", o.kind() + " '" + o.name() + "': " + n
            + (quorum ? " (" + Quorum.describe(n) + ")" : "") + " (" + o.path() + ")"));
      }
      if (o.is("HorizontalPodAutoscaler") && o.spec() != null && o.spec().scalar("maxReplicas") != null
          && o.spec().scalar("maxReplicas").asLong() != null) {
        max = Math.max(max, o.spec().scalar("maxReplicas").asLong());
      }
    }
    long compose = ComposeFile.all(ws).stream()
        .filter(BeamWorkloads::isBeam).count();
    if (compose > 0) {
      max = Math.max(max, compose);
      lines.add(new Line("Replicas", compose + " BEAM services in compose files"));
    }
    if (lines.stream().noneMatch(l -> l.topic().equals("Replicas"))) {
      lines.add(new Line("Replicas", "no deployment descriptor of a BEAM node found"));
    }
    return max;
  }

  private static void budgets(Workspace ws, List<Line> lines) {
    for (ShutdownBudgets.Budget b : ShutdownBudgets.application(ws)) {
      lines.add(new Line("Shutdown budget", b.layer() + ": " + Durations.format(b.millis())
          + (b.explicit() ? "" : " (default)") + " (" + b.path() + ")"));
    }
    for (ShutdownBudgets.Budget b : ShutdownBudgets.platform(ws)) {
      lines.add(new Line("Shutdown budget", b.layer() + " " + b.owner() + ": "
          + Durations.format(b.millis()) + (b.explicit() ? "" : " (default)") + " (" + b.path() + ")"));
    }
  }
}
