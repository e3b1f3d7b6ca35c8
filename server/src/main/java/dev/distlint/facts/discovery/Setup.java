package dev.distlint.facts.discovery;

import dev.distlint.facts.Fact;
import dev.distlint.base.FileKind;
import dev.distlint.facts.BeamWorkloads;
import dev.distlint.facts.Discovery;
import dev.distlint.facts.DnsClusterChild;
import dev.distlint.facts.NodeNaming;
import dev.distlint.facts.Topology;
import dev.distlint.model.k8s.Container;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.syntax.elixir.view.ConfigCall;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;

/**
 * The discovery setup that constrains how production nodes are named: topologies that apply to
 * prod (dev/test-only ones are left out) and DNSCluster children with a literal query.
 */
public final class Setup {
  private static final Fact<List<Topology>> PROD_TOPOLOGIES =
      Fact.of("setup.prod-topologies", Setup::findProdTopologies);
  private static final Fact<List<DnsCluster>> ACTIVE_DNS_CLUSTERS =
      Fact.of("setup.active-dns-clusters", Setup::findActiveDnsClusters);
  private static final Fact<List<KubeObject>> RELEASE_WORKLOADS =
      Fact.of("setup.release-workloads", Setup::findReleaseWorkloads);
  private Setup() {
  }

  /** Topologies with a literal strategy that take effect outside dev and test. */
  public static List<Topology> prodTopologies(Workspace ws) {
    return PROD_TOPOLOGIES.in(ws);
  }

  private static List<Topology> findProdTopologies(Workspace ws) {
    List<Topology> out = new ArrayList<>();
    for (Topology t : Discovery.of(ws).topologies()) {
      if (t.strategy() != null && !t.devOrTestOnly()) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }

  /** A DNSCluster child and the literal queries it runs in production. */
  public record DnsCluster(DnsClusterChild child, List<String> queries) {
  }

  /**
   * DNSCluster children that query something in production: a literal query, or an app-env read
   * whose configured value is a literal in a config that applies to prod. Values only known at
   * run time (an environment variable that may be unset) do not count.
   */
  public static List<DnsCluster> activeDnsClusters(Workspace ws) {
    return ACTIVE_DNS_CLUSTERS.in(ws);
  }

  private static List<DnsCluster> findActiveDnsClusters(Workspace ws) {
    List<DnsCluster> out = new ArrayList<>();
    for (DnsClusterChild c : Discovery.of(ws).dnsClusters()) {
      List<String> queries = switch (c.queryKind()) {
        case LITERAL -> c.literalQueries();
        case APP_ENV -> c.configured().stream()
            .filter(q -> ConfigCall.appliesTo(q.env(), "prod"))
            .flatMap(q -> q.literals().stream()).distinct().toList();
        default -> List.of();
      };
      if (!queries.isEmpty()) {
        out.add(new DnsCluster(c, queries));
      }
    }
    return List.copyOf(out);
  }

  /** Whether the project has a release configuration: an env script or a node vm.args. */
  public static boolean hasReleaseConfig(Workspace ws) {
    return !ws.filesOf(FileKind.ENVSH).isEmpty() || !nodeVmArgs(ws).isEmpty();
  }

  /** The vm.args files of the node itself (not {@code remote.vm.args}). */
  public static List<ParsedFile> nodeVmArgs(Workspace ws) {
    List<ParsedFile> out = new ArrayList<>();
    for (ParsedFile f : ws.filesOf(FileKind.VMARGS)) {
      if (!f.source().name().startsWith("remote")) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * Whether a container runs the release: it shows BEAM settings (release variables, Erlang
   * flags, the epmd port), or it or its workload is named after the release.
   */
  public static boolean runsRelease(Workspace ws, KubeObject workload, Container c) {
    if (BeamWorkloads.isBeam(c)) {
      return true;
    }
    List<Container> all = workload.containers();
    String release = NodeNaming.of(ws).releaseName();
    if (release == null || all.stream().anyMatch(BeamWorkloads::isBeam)) {
      return false;
    }
    String dashed = release.replace('_', '-');
    boolean first = !all.isEmpty() && all.get(0).node() == c.node();
    return release.equals(c.name()) || dashed.equals(c.name())
        || first && (release.equals(workload.name()) || dashed.equals(workload.name()));
  }

  /** Workloads of the workspace with at least one container that runs the release. */
  public static List<KubeObject> releaseWorkloads(Workspace ws) {
    return RELEASE_WORKLOADS.in(ws);
  }

  private static List<KubeObject> findReleaseWorkloads(Workspace ws) {
    List<KubeObject> out = new ArrayList<>();
    for (KubeObject o : KubeObjects.all(ws)) {
      if (o.isWorkload() && o.containers().stream().anyMatch(c -> runsRelease(ws, o, c))) {
        out.add(o);
      }
    }
    return List.copyOf(out);
  }

  /** The env script naming fixes go to (the {@code .eex} template when there are both). */
  public static ParsedFile envSh(Workspace ws) {
    return NodeNaming.of(ws).envSh();
  }
}
