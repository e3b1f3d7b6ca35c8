package dev.distlint.facts.discovery;

import dev.distlint.facts.Fact;
import dev.distlint.base.TextRange;
import dev.distlint.facts.Topology;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Kubernetes Services that DNS-based discovery resolves: {@code service:} of Kubernetes.DNS
 * and DNSSRV, and DNSPoll or DNSCluster queries of the form {@code <svc>.<ns>.svc...}.
 *
 * @param service the Service name
 * @param namespaces the namespaces it may live in: the one the name or the topology gives, else
 *     those of the workloads running the release (a short name resolves in the pod's own
 *     namespace); empty when unknown (any namespace matches)
 * @param who the discovery, for messages
 */
public record DiscoveryServices(String service, Set<String> namespaces, String who, String path,
    TextRange range) {
  private static final Fact<List<DiscoveryServices>> OF =
      Fact.of("discovery-services.of", DiscoveryServices::computeOf);

  private static final Fact<java.util.Map<String, List<DiscoveryServices>>> BY_SERVICE =
      Fact.of("discovery-services.by-service", DiscoveryServices::byService);

  public static List<DiscoveryServices> of(Workspace ws) {
    return OF.in(ws);
  }

  /** The first discovery (in the order of {@link #of}) that resolves {@code o}, by lookup. */
  public static Optional<DiscoveryServices> resolving(Workspace ws, KubeObject o) {
    if (o.name() == null) {
      return Optional.empty();
    }
    for (DiscoveryServices d : BY_SERVICE.in(ws).getOrDefault(o.name(), List.of())) {
      if (d.matches(o)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private static java.util.Map<String, List<DiscoveryServices>> byService(Workspace ws) {
    java.util.Map<String, List<DiscoveryServices>> out = new java.util.HashMap<>();
    for (DiscoveryServices d : of(ws)) {
      out.computeIfAbsent(d.service(), k -> new ArrayList<>()).add(d);
    }
    return out;
  }

  private static List<DiscoveryServices> computeOf(Workspace ws) {
    List<DiscoveryServices> parsed = new ArrayList<>();
    List<DiscoveryServices> out = parsed;
    for (Topology t : Setup.prodTopologies(ws)) {
      String who = "the " + Strategies.shortName(t) + " topology '" + t.name() + "'";
      switch (t.strategy()) {
        case Strategies.K8S_DNS -> add(out, t, "service", false, t.configString("namespace")
            .orElse(null), who);
        case Strategies.K8S_DNSSRV -> add(out, t, "service", false,
            t.configString("namespace").orElse(null), who);
        case Strategies.DNS_POLL -> add(out, t, "query", true, null, who);
        default -> { }
      }
    }
    for (Setup.DnsCluster c : Setup.activeDnsClusters(ws)) {
      for (String q : c.queries()) {
        parse(q, true, null, "DNSCluster", c.child().path(), c.child().child().range())
            .ifPresent(out::add);
      }
    }
    if (parsed.isEmpty()) {
      return List.of(); // nothing to resolve: the release's workloads are not read
    }
    Set<String> home = new TreeSet<>();
    Setup.releaseWorkloads(ws).forEach(o -> home.add(o.namespace()));
    List<DiscoveryServices> resolved = new ArrayList<>();
    for (DiscoveryServices d : parsed) {
      resolved.add(d.namespaces.isEmpty()
          ? new DiscoveryServices(d.service, Set.copyOf(home), d.who, d.path, d.range) : d);
    }
    return resolved;
  }

  /** Whether a Service object is the one this discovery resolves. */
  public boolean matches(KubeObject o) {
    return o.is("Service") && service.equals(o.name())
        && (namespaces.isEmpty() || namespaces.contains(o.namespace()));
  }

  private static void add(List<DiscoveryServices> out, Topology t, String key, boolean svcOnly,
      String namespace, String who) {
    Optional<ExPair> pair = t.configPair(key);
    Optional<String> value = t.configString(key);
    if (pair.isPresent() && value.isPresent()) {
      parse(value.get(), svcOnly, namespace, who, t.path(), pair.get().range()).ifPresent(out::add);
    }
  }

  private static Optional<DiscoveryServices> parse(String name, boolean svcOnly, String namespace,
      String who, String path, TextRange range) {
    String[] labels = name.trim().toLowerCase().split("\\.");
    boolean svc = labels.length >= 3 && labels[2].equals("svc");
    if (labels.length == 0 || labels[0].isEmpty() || (svcOnly && !svc)) {
      return Optional.empty();
    }
    String ns = svc || labels.length == 2 ? labels[1] : namespace;
    return Optional.of(new DiscoveryServices(labels[0], ns == null ? Set.of() : Set.of(ns), who,
        path, range));
  }
}
