package dev.distlint.model.k8s;

import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YNode;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.syntax.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One container of a workload's pod template. A value: two containers are equal when their owner
 * and node are (as for a record). Its ports and environment are read once, on first use.
 */
public final class Container {
  private final KubeObject owner;
  private final YMap node;
  // Memoised reads of the immutable tree; benign races (immutable lists), so no locking.
  private List<Port> ports;
  private List<EnvVar> env;

  public Container(KubeObject owner, YMap node) {
    this.owner = owner;
    this.node = node;
  }

  public KubeObject owner() {
    return owner;
  }

  public YMap node() {
    return node;
  }

  public String name() {
    return node.string("name");
  }

  /** The node to point at when reporting about the container: its name, else the map. */
  public YNode anchor() {
    YNode n = node.get("name");
    return n != null ? n : node;
  }

  /** The declared ports, in order (an unmodifiable list). */
  public List<Port> ports() {
    List<Port> ps = ports;
    if (ps == null) {
      ps = ports(node);
      ports = ps;
    }
    return ps;
  }

  /** The declared ports of a container's map, read once per map. */
  public static List<Port> ports(YMap node) {
    return node.derived(PORTS, Container::readPorts);
  }

  private static final Object PORTS = new Object();
  private static final Object ENV = new Object();

  private static List<Port> readPorts(YMap node) {
    List<Port> out = new ArrayList<>();
    YSeq seq = node.seq("ports");
    if (seq != null) {
      for (YNode n : seq.items()) {
        if (n instanceof YMap m) {
          YScalar p = m.scalar("containerPort");
          out.add(new Port(m.string("name"), p == null ? null : p.asLong(),
              m.string("protocol"), m));
        }
      }
    }
    return List.copyOf(out);
  }

  /** The env entries with a name, in order (an unmodifiable list). */
  public List<EnvVar> env() {
    List<EnvVar> es = env;
    if (es == null) {
      es = env(node);
      env = es;
    }
    return es;
  }

  /** The named env entries of a container's map, read once per map. */
  public static List<EnvVar> env(YMap node) {
    return node.derived(ENV, Container::readEnv);
  }

  private static List<EnvVar> readEnv(YMap node) {
    List<EnvVar> out = new ArrayList<>();
    YSeq seq = node.seq("env");
    if (seq != null) {
      for (YNode n : seq.items()) {
        if (n instanceof YMap m && m.scalar("name") != null) {
          out.add(new EnvVar(m.scalar("name"), m.get("value"), m.map("valueFrom"), m));
        }
      }
    }
    return List.copyOf(out);
  }

  public EnvVar envVar(String name) {
    for (EnvVar e : env()) {
      if (name.equals(e.name())) {
        return e;
      }
    }
    return null;
  }

  /** {@code livenessProbe}, {@code readinessProbe} or {@code startupProbe}, or null. */
  public Probe probe(String key) {
    YMap m = node.map(key);
    return m == null ? null : new Probe(key, node.entry(key).key(), m);
  }

  /** A declared container port. */
  public record Port(String name, Long number, String protocol, YMap node) {
  }

  /** One env entry: a literal {@code value} or a {@code valueFrom} source. */
  public record EnvVar(YScalar nameNode, YNode value, YMap valueFrom, YMap node) {
    public String name() {
      return nameNode.value();
    }

    /** The downward-API field path when the value comes from {@code fieldRef}, else null. */
    public String fieldPath() {
      YMap ref = valueFrom == null ? null : valueFrom.map("fieldRef");
      return ref == null ? null : ref.string("fieldPath");
    }
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    return o instanceof Container c && Objects.equals(node, c.node)
        && Objects.equals(owner, c.owner);
  }

  /** As a record with components owner and node would hash. */
  @Override
  public int hashCode() {
    return Objects.hashCode(owner) * 31 + Objects.hashCode(node);
  }

  @Override
  public String toString() {
    return "Container[owner=" + owner + ", node=" + node + "]";
  }
}
