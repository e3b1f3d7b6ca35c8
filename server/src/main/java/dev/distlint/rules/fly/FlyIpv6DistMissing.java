package dev.distlint.rules.fly;

import dev.distlint.facts.Fact;
import dev.distlint.facts.edits.TextEdits;
import dev.distlint.facts.discovery.Strategies;
import dev.distlint.facts.discovery.Setup;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.TextRange;
import dev.distlint.base.FileKind;
import dev.distlint.facts.NodeNaming;
import dev.distlint.facts.Topology;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.envsh.EnvAssignment;
import dev.distlint.syntax.envsh.EnvShFile;
import dev.distlint.syntax.vmargs.VmFlag;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.List;
import java.util.Optional;

/** A Fly.io node clusters over the IPv6 private network with IPv4 distribution. */
public final class FlyIpv6DistMissing implements Rule {
  private static final java.util.regex.Pattern INET6_DIST =
      java.util.regex.Pattern.compile(".*-proto_dist\\s+inet6_t(cp|ls).*");
  private static final Fact<String> INTERNAL_QUERY =
      Fact.of("fly-ipv6-dist-missing.internal-query", FlyIpv6DistMissing::computeInternalQuery);
  private static final Fact<Boolean> INET6 =
      Fact.of("fly-ipv6-dist-missing.inet6", FlyIpv6DistMissing::computeInet6);
  private static final List<String> FLAG_VARIABLES =
      List.of("ERL_AFLAGS", "ERL_FLAGS", "ELIXIR_ERL_OPTIONS", "ERL_ZFLAGS");

  @Override
  public String id() {
    return "fly-ipv6-dist-missing";
  }

  @Override
  public void check(RuleContext ctx) {
    Workspace ws = ctx.workspace();
    ParsedFile envSh = Setup.envSh(ws);
    if (envSh == null || !envSh.path().equals(ctx.file().path())
        || ws.filesOf(FileKind.FLY).isEmpty() || inet6(ws)) {
      return;
    }
    NodeNaming.Setting node = NodeNaming.of(ws).node();
    boolean privateIp = node != null && node.value().contains("FLY_PRIVATE_IP");
    String reason = privateIp ? "RELEASE_NODE uses ${FLY_PRIVATE_IP}" : internalQuery(ws);
    if (reason == null) {
      return;
    }
    TextRange at = privateIp && node.path().equals(envSh.path()) ? node.range() : TextRange.at(0);
    var report = ctx.at(at, reason + ", an address on Fly's IPv6-only private network, but"
        + " distribution runs over IPv4: add -proto_dist inet6_tcp to ERL_AFLAGS.");
    Fix.FileEdit edit = edit(envSh);
    if (edit != null) {
      report.fix(new Fix("Use IPv6 distribution (-proto_dist inet6_tcp)", List.of(edit), false));
    }
    ParsedFile fly = ws.filesOf(FileKind.FLY).get(0);
    report.related(fly.path(), TextRange.at(0), "the app runs on Fly.io").emit();
  }

  /** A discovery query on Fly's {@code .internal} DNS, described, or null. */
  private static String internalQuery(Workspace ws) {
    return INTERNAL_QUERY.in(ws);
  }

  private static String computeInternalQuery(Workspace ws) {
    for (Topology t : Setup.prodTopologies(ws)) {
      Optional<String> q = t.configString("query");
      if (q.isPresent() && q.get().endsWith(".internal")) {
        return "The " + Strategies.shortName(t) + " topology '" + t.name() + "' queries " + q.get();
      }
    }
    for (Setup.DnsCluster c : Setup.activeDnsClusters(ws)) {
      for (String q : c.queries()) {
        if (q.endsWith(".internal")) {
          return "DNSCluster queries " + q;
        }
      }
    }
    for (ParsedFile f : ws.filesOf(FileKind.ENVSH)) {
      Optional<EnvAssignment> q = f.view(ReleaseViews.ENV_SH).last("DNS_CLUSTER_QUERY");
      if (q.isPresent() && q.get().rawValue().trim().endsWith(".internal")) {
        return "DNS_CLUSTER_QUERY is " + q.get().rawValue().trim();
      }
    }
    for (ParsedFile f : ws.filesOf(FileKind.FLY)) {
      Optional<String> q = f.view(ReleaseViews.FLY).root().getString("env.DNS_CLUSTER_QUERY");
      if (q.isPresent() && q.get().trim().endsWith(".internal")) {
        return "DNS_CLUSTER_QUERY is " + q.get().trim();
      }
    }
    return null;
  }

  /** Whether any source of VM flags selects an IPv6 distribution carrier. */
  private static boolean inet6(Workspace ws) {
    return INET6.in(ws);
  }

  private static boolean computeInet6(Workspace ws) {
    for (ParsedFile f : ws.filesOf(FileKind.ENVSH)) {
      if (f.view(ReleaseViews.ENV_SH).vmFlags().stream().anyMatch(FlyIpv6DistMissing::isInet6)) {
        return true;
      }
    }
    for (ParsedFile f : Setup.nodeVmArgs(ws)) {
      if (f.view(ReleaseViews.VM_ARGS).flags("-proto_dist").stream()
          .anyMatch(FlyIpv6DistMissing::isInet6)) {
        return true;
      }
    }
    for (ParsedFile f : ws.filesOf(FileKind.DOCKERFILE)) {
      for (String v : FLAG_VARIABLES) {
        Optional<String> flags = f.view(ReleaseViews.DOCKERFILE).last(v).map(e -> e.value());
        if (flags.isPresent() && INET6_DIST.matcher(flags.get()).matches()) {
          return true;
        }
      }
    }
    for (ParsedFile f : ws.filesOf(FileKind.FLY)) {
      for (String v : FLAG_VARIABLES) {
        Optional<String> flags = f.view(ReleaseViews.FLY).root().getString("env." + v);
        if (flags.isPresent() && INET6_DIST.matcher(flags.get()).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isInet6(VmFlag f) {
    return f.name().equals("-proto_dist") && f.arg(0).map(a -> a.value().startsWith("inet6"))
        .orElse(false);
  }

  /** Replaces an IPv4 carrier, extends a quoted ERL_AFLAGS, or appends an export. */
  private static Fix.FileEdit edit(ParsedFile envSh) {
    EnvShFile env = envSh.view(ReleaseViews.ENV_SH);
    for (VmFlag f : env.vmFlags()) {
      if (f.name().equals("-proto_dist") && f.arg(0).isPresent()) {
        String carrier = f.arg(0).get().value().equals("inet_tls") ? "inet6_tls" : "inet6_tcp";
        return new Fix.FileEdit(envSh.path(), f.arg(0).get().range(), carrier);
      }
    }
    Optional<EnvAssignment> aflags = env.last("ERL_AFLAGS");
    if (aflags.isEmpty()) {
      return TextEdits.appendLine(envSh, "export ERL_AFLAGS=\"-proto_dist inet6_tcp\"");
    }
    int end = aflags.get().valueRange().end();
    String text = envSh.text();
    boolean quoted = end < text.length() && (text.charAt(end) == '"' || text.charAt(end) == '\'');
    return quoted ? new Fix.FileEdit(envSh.path(), TextRange.at(end), " -proto_dist inet6_tcp")
        : null;
  }
}
