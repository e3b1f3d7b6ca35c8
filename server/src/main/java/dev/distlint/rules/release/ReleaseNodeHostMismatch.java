package dev.distlint.rules.release;

import dev.distlint.facts.discovery.Strategies;
import dev.distlint.facts.discovery.Setup;
import dev.distlint.facts.discovery.HostForm;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.TextRange;
import dev.distlint.base.FileKind;
import dev.distlint.facts.NodeNaming;
import dev.distlint.facts.Topology;
import dev.distlint.workspace.Workspace;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The host part of the node's own name has another form than the names discovery produces. */
public final class ReleaseNodeHostMismatch implements Rule {
  @Override
  public String id() {
    return "release-node-host-mismatch";
  }

  @Override
  public void check(RuleContext ctx) {
    Workspace ws = ctx.workspace();
    NodeNaming.Naming naming = NodeNaming.of(ws);
    NodeNaming.Setting node = naming.node();
    if (node == null || !node.path().equals(ctx.file().path()) || naming.host() == null) {
      return;
    }
    HostForm actual = HostForm.of(naming.host());
    if (actual == HostForm.UNKNOWN) {
      return;
    }
    Set<HostForm> reported = EnumSet.noneOf(HostForm.class);
    for (Topology t : Setup.prodTopologies(ws)) {
      Strategies.expectedHost(t).ifPresent(expected -> {
        if (expected != actual && reported.add(expected)) {
          report(ctx, node, naming, actual, expected, "the " + Strategies.shortName(t)
              + " topology '" + t.name() + "'", t.path(), t.anchor());
        }
      });
    }
    for (Setup.DnsCluster c : Setup.activeDnsClusters(ws)) {
      if (actual != HostForm.IP && reported.add(HostForm.IP)) {
        report(ctx, node, naming, actual, HostForm.IP, "DNSCluster", c.child().path(),
            c.child().child().range());
      }
    }
  }

  private static void report(RuleContext ctx, NodeNaming.Setting node, NodeNaming.Naming naming,
      HostForm actual, HostForm expected, String who, String path, TextRange where) {
    TextRange host = hostRange(ctx, node, naming.host());
    var report = ctx.at(host, "The node's host part " + naming.host() + " is "
        + actual.description() + ", but " + who + " connects to peers by "
        + expected.description() + ": it will dial names no node registers.")
        .related(path, where, who + " builds peer names with " + expected.description());
    String replacement = expected == HostForm.IP && !ctx.workspace().filesOf(FileKind.FLY).isEmpty()
        ? "${FLY_PRIVATE_IP}" : expected == HostForm.POD_DNS ? null : expected.example();
    if (replacement != null && !host.equals(node.range())) {
      report.fix(new Fix("Use " + replacement + " as the host part",
          List.of(new Fix.FileEdit(node.path(), host, replacement)), false));
    }
    report.emit();
  }

  /** The range of the host part inside the written value, else the whole value. */
  private static TextRange hostRange(RuleContext ctx, NodeNaming.Setting node, String host) {
    String written = ctx.file().slice(node.range());
    int at = NodeNaming.separator(written);
    if (at >= 0 && written.substring(at + 1).equals(host)) {
      return TextRange.of(node.range().start() + at + 1, node.range().end());
    }
    return node.range();
  }
}
