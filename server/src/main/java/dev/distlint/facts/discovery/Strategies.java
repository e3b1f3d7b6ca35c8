package dev.distlint.facts.discovery;

import dev.distlint.facts.Topology;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each libcluster strategy assumes about node names: whether it builds long names
 * ({@code base@address}), which config key holds the basename, and which host form it produces.
 */
public final class Strategies {
  public static final String K8S = "Cluster.Strategy.Kubernetes";
  static final String K8S_DNS = "Cluster.Strategy.Kubernetes.DNS";
  public static final String K8S_DNSSRV = "Cluster.Strategy.Kubernetes.DNSSRV";
  static final String DNS_POLL = "Cluster.Strategy.DNSPoll";

  /** Strategy module -> the config key naming the peers' basename. */
  private static final Map<String, String> BASENAME_KEYS = Map.of(
      K8S, "kubernetes_node_basename",
      K8S_DNS, "application_name",
      K8S_DNSSRV, "application_name",
      DNS_POLL, "node_basename",
      "Cluster.Strategy.Rancher", "node_basename",
      "Cluster.Strategy.Consul", "node_basename",
      "Cluster.Strategy.Droplet", "node_basename",
      "ClusterEC2.Strategy.Tags", "app_prefix");

  private static final Set<String> LONG_NAMES = BASENAME_KEYS.keySet();

  private Strategies() {
  }

  /** Whether the strategy connects to names like {@code app@10.0.0.12} or {@code app@pod.ns.svc...}. */
  static boolean needsLongNames(Topology t) {
    return LONG_NAMES.contains(t.strategy());
  }

  public static Optional<String> basenameKey(Topology t) {
    return Optional.ofNullable(BASENAME_KEYS.get(t.strategy()));
  }

  /** The host form of the peer names a topology builds, when the config says it literally. */
  public static Optional<HostForm> expectedHost(Topology t) {
    switch (t.strategy()) {
      case K8S:
        if (!t.hasConfigKey("mode")) {
          return t.configKnown() ? Optional.of(HostForm.IP) : Optional.empty();
        }
        return t.configAtom("mode").map(m -> switch (m) {
          case "ip" -> HostForm.IP;
          case "dns" -> HostForm.POD_DNS;
          case "hostname" -> HostForm.FQDN;
          default -> null;
        });
      case K8S_DNS:
      case DNS_POLL:
        return Optional.of(HostForm.IP);
      case K8S_DNSSRV:
        return Optional.of(HostForm.FQDN);
      default:
        return Optional.empty();
    }
  }

  /** The module without the {@code Cluster.Strategy.} prefix, for messages. */
  public static String shortName(Topology t) {
    return t.strategy().startsWith("Cluster.Strategy.")
        ? t.strategy().substring("Cluster.Strategy.".length()) : t.strategy();
  }
}
