package dev.distlint.facts;

import dev.distlint.base.FileKind;
import dev.distlint.documents.ParsedFile;
import dev.distlint.documents.View;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ElixirFile;
import dev.distlint.syntax.elixir.ExAtom;
import dev.distlint.syntax.elixir.ExBinary;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.view.ChildSpec;
import dev.distlint.syntax.elixir.view.ChildSpecs;
import dev.distlint.syntax.elixir.view.ConfigCall;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the nodes of the project find each other: libcluster topologies (from
 * {@code config :libcluster, topologies: ...} in any config script and from
 * {@code {Cluster.Supervisor, [topologies, opts]}} children) and {@code DNSCluster} children.
 *
 * <p>Per-file views ({@link #TOPOLOGIES}, {@link #SUPERVISORS}, {@link #DNS_CLUSTERS}) serve rules
 * that report in one file; {@link #of(Workspace)} is the memoised aggregate for cross-file rules.
 */
public final class Discovery {
  private static final Fact<Discovery> OF = Fact.of("Discovery", Discovery::new);
  /** A {@code Cluster.Supervisor} child: its inline topologies, or a read of the app env. */
  public record ClusterSupervisor(ChildSpec child, String path, boolean fromConfig,
      List<Topology> inline) {
    public ClusterSupervisor {
      inline = List.copyOf(inline);
    }
  }

  public static final View<List<Topology>> TOPOLOGIES =
      View.of("libcluster-topologies", Discovery::topologiesOf);
  public static final View<List<ClusterSupervisor>> SUPERVISORS =
      View.of("cluster-supervisors", Discovery::supervisorsOf);
  public static final View<List<DnsClusterChild>> DNS_CLUSTERS =
      View.of("dns-cluster-children", Discovery::dnsClustersOf);

  private static final Set<String> ENV_READS = Set.of(
      "Application.get_env", "Application.fetch_env!", "Application.fetch_env",
      "Application.compile_env", "Application.compile_env!");

  private final List<Topology> topologies;
  private final List<ClusterSupervisor> supervisors;
  private final List<DnsClusterChild> dnsClusters;

  private Discovery(Workspace ws) {
    this.topologies = ws.collect(TOPOLOGIES, FileKind.EXS, FileKind.APP);
    this.supervisors = ws.collect(SUPERVISORS, FileKind.APP);
    List<DnsClusterChild> resolved = new ArrayList<>();
    for (DnsClusterChild c : ws.collect(DNS_CLUSTERS, FileKind.APP)) {
      resolved.add(c.queryKind() == DnsClusterChild.QueryKind.APP_ENV
          ? c.withConfigured(configured(ws, c.envApp(), c.envKey())) : c);
    }
    this.dnsClusters = List.copyOf(resolved);
  }

  /** The workspace's discovery setup, computed once per workspace snapshot. */
  public static Discovery of(Workspace ws) {
    return OF.in(ws);
  }

  /** Every topology, config scripts first then children, in file order. */
  public List<Topology> topologies() {
    return topologies;
  }

  public List<ClusterSupervisor> clusterSupervisors() {
    return supervisors;
  }

  /** DNSCluster children, with the configured query values resolved. */
  public List<DnsClusterChild> dnsClusters() {
    return dnsClusters;
  }

  /** The topologies of one file (a config script or application.ex). */
  public static List<Topology> topologies(ParsedFile f) {
    return f.view(TOPOLOGIES);
  }

  /** The {@code config :app, :key, value} settings of the workspace, with literal query names. */
  public static List<DnsClusterChild.ConfiguredQuery> configured(Workspace ws, String app,
      String key) {
    List<DnsClusterChild.ConfiguredQuery> out = new ArrayList<>();
    for (ParsedFile f : ws.filesOf(FileKind.EXS)) {
      for (ConfigCall c : ElixirViews.config(f).forApp(app)) {
        c.get(key).ifPresent(v -> out.add(new DnsClusterChild.ConfiguredQuery(
            f.path(), v, c.env(), c.runtime(), Queries.literals(v))));
      }
    }
    return out;
  }

  private static List<Topology> topologiesOf(ParsedFile f) {
    List<Topology> out = new ArrayList<>();
    if (f.kind() == FileKind.EXS) {
      ElixirFile ast = ElixirViews.ast(f);
      TopologyReader reader = reader(f, ast, ChildSpecs.of(ast));
      for (ConfigCall c : ElixirViews.config(f).forApp("libcluster")) {
        c.get("topologies").ifPresent(t ->
            out.addAll(reader.read(t, c.env(), c.runtime(), Topology.Origin.CONFIG)));
      }
    } else if (f.kind() == FileKind.APP) {
      supervisorsOf(f).forEach(s -> out.addAll(s.inline()));
    }
    return List.copyOf(out);
  }

  private static List<ClusterSupervisor> supervisorsOf(ParsedFile f) {
    List<ClusterSupervisor> out = new ArrayList<>();
    if (f.kind() != FileKind.APP) {
      return out;
    }
    ChildSpecs children = ElixirViews.children(f);
    TopologyReader reader = reader(f, ElixirViews.ast(f), children);
    for (ChildSpec child : children.children()) {
      if (!child.module().equals("Cluster.Supervisor")
          || !(child.args() instanceof ExList args) || args.items().isEmpty()) {
        continue;
      }
      ExNode topologies = reader.follow(args.items().get(0));
      boolean fromConfig = readsAppEnv(topologies, "libcluster", "topologies");
      List<Topology> inline = fromConfig ? List.of()
          : reader.read(topologies, null, false, Topology.Origin.CHILD);
      out.add(new ClusterSupervisor(child, f.path(), fromConfig, inline));
    }
    return List.copyOf(out);
  }

  private static List<DnsClusterChild> dnsClustersOf(ParsedFile f) {
    List<DnsClusterChild> out = new ArrayList<>();
    if (f.kind() != FileKind.APP) {
      return out;
    }
    ChildSpecs children = ElixirViews.children(f);
    TopologyReader reader = reader(f, ElixirViews.ast(f), children);
    for (ChildSpec child : children.children()) {
      if (child.module().equals("DNSCluster")) {
        out.add(dnsCluster(child, reader, f.path()));
      }
    }
    return List.copyOf(out);
  }

  private static DnsClusterChild dnsCluster(ChildSpec child, TopologyReader reader, String path) {
    ExNode args = child.args() == null ? null : reader.follow(child.args());
    ExList options = args instanceof ExList l && l.isKeywordList() ? l : null;
    ExNode query = options == null ? null : options.keywordValue("query").orElse(null);
    if (query == null) {
      DnsClusterChild.QueryKind kind = args == null || options != null
          ? DnsClusterChild.QueryKind.MISSING : DnsClusterChild.QueryKind.OTHER;
      return new DnsClusterChild(child, options, null, kind, false, null, null, path, List.of());
    }
    ExNode value = reader.follow(query);
    boolean ignoreFallback = false;
    if (value instanceof ExBinary b && b.op().equals("||")) {
      ignoreFallback = b.right().asAtomName().filter("ignore"::equals).isPresent();
      value = reader.follow(b.left());
    }
    Optional<ExCall> read = appEnvRead(value);
    if (read.isPresent()) {
      String app = read.get().args().get(0).asAtomName().orElse(null);
      String key = read.get().args().get(1).asAtomName().orElse(null);
      return new DnsClusterChild(child, options, query, DnsClusterChild.QueryKind.APP_ENV,
          ignoreFallback, app, key, path, List.of());
    }
    DnsClusterChild.QueryKind kind = value.asAtomName().filter("ignore"::equals).isPresent()
        ? DnsClusterChild.QueryKind.IGNORE
        : !Queries.literals(value).isEmpty() ? DnsClusterChild.QueryKind.LITERAL
        : DnsClusterChild.QueryKind.OTHER;
    return new DnsClusterChild(child, options, query, kind, ignoreFallback, null, null, path,
        List.of());
  }

  /** {@code Application.get_env(:app, :key)} (or fetch_env!, with or without a default). */
  private static Optional<ExCall> appEnvRead(ExNode node) {
    ExNode n = node instanceof ExBinary b && b.op().equals("||") ? b.left() : node;
    if (n instanceof ExCall c && ENV_READS.contains(c.name()) && c.args().size() >= 2
        && c.args().get(0) instanceof ExAtom && c.args().get(1) instanceof ExAtom) {
      return Optional.of(c);
    }
    return Optional.empty();
  }

  private static boolean readsAppEnv(ExNode node, String app, String key) {
    return appEnvRead(node).filter(c -> c.args().get(0).asAtomName().orElse("").equals(app)
        && c.args().get(1).asAtomName().orElse("").equals(key)).isPresent();
  }

  private static TopologyReader reader(ParsedFile f, ElixirFile ast, ChildSpecs scope) {
    return new TopologyReader(scope, new Aliases(ast), f.path());
  }
}
