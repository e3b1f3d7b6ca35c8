package dev.distlint.model.k8s;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YNode;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.syntax.yaml.YSeq;
import dev.distlint.syntax.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One Kubernetes object (one YAML document with {@code apiVersion} and {@code kind}). A value:
 * two objects are equal when their path, document and root are (as for a record). What every
 * rule asks of an object (its kind, pod spec and containers) is worked out once, on first use.
 */
public final class KubeObject {
  /** Stand for a null answer in the memo fields below (where null means "not worked out"). */
  private static final YMap NO_MAP = new YMap(List.of(), -1, -1);
  private static final String NO_NAME = new String("no name");

  private final String path;
  private final YamlDocument doc;
  private final YMap root;
  // Memoised derivations of the immutable tree, null until worked out; benign races (each is
  // the same value, and the lists are immutable), so no locking.
  private String kind;
  private String name;
  private YMap spec;
  private YMap podSpec;
  private List<Container> containers;

  public KubeObject(String path, YamlDocument doc, YMap root) {
    this.path = path;
    this.doc = doc;
    this.root = root;
  }

  public String path() {
    return path;
  }

  public YamlDocument doc() {
    return doc;
  }

  public YMap root() {
    return root;
  }

  public String kind() {
    String k = kind;
    if (k == null) {
      k = root.string("kind");
      k = k == null ? "" : k;
      kind = k;
    }
    return k;
  }

  public String name() {
    String n = name;
    if (n == null) {
      YMap meta = root.map("metadata");
      n = meta == null ? null : meta.string("name");
      name = n == null ? NO_NAME : n;
      return n;
    }
    return n == NO_NAME ? null : n;
  }

  /** The namespace, or "default" when unset. */
  public String namespace() {
    YMap meta = root.map("metadata");
    String ns = meta == null ? null : meta.string("namespace");
    return ns == null ? "default" : ns;
  }

  public TextRange range(YNode n) {
    return doc.range(n);
  }

  /** The range naming the object: its metadata.name value, else its kind value. */
  public TextRange nameRange() {
    YNode n = root.path("metadata", "name");
    if (n == null) {
      n = root.get("kind");
    }
    return n == null ? doc.range(root) : doc.range(n);
  }

  /** Any kind that runs pods ({@link WorkloadKinds}). */
  public boolean isWorkload() {
    return WorkloadKinds.runsPods(kind());
  }

  /** A workload whose pods run until stopped: not a Job or CronJob. */
  public boolean isLongRunning() {
    return WorkloadKinds.isLongRunning(kind());
  }

  /** A long-running workload of {@code spec.replicas} identical pods (not a DaemonSet or Pod). */
  public boolean isReplicated() {
    return WorkloadKinds.isReplicated(kind());
  }

  public boolean is(String kind) {
    return kind().equals(kind);
  }

  public YMap spec() {
    YMap m = spec;
    if (m == null) {
      m = root.map("spec");
      spec = m == null ? NO_MAP : m;
      return m;
    }
    return m == NO_MAP ? null : m;
  }

  /** The pod template's metadata+spec owner map, or the Pod's root for a bare Pod. */
  public YMap podTemplate() {
    switch (kind()) {
      case "Pod":
        return root;
      case "CronJob":
        return root.pathMap("spec", "jobTemplate", "spec", "template");
      default:
        return root.pathMap("spec", "template");
    }
  }

  public YMap podSpec() {
    YMap ps = podSpec;
    if (ps == null) {
      YMap t = podTemplate();
      ps = t == null ? null : t.map("spec");
      podSpec = ps == null ? NO_MAP : ps;
      return ps;
    }
    return ps == NO_MAP ? null : ps;
  }

  public Map<String, String> podLabels() {
    YMap t = podTemplate();
    return t == null ? Map.of() : stringMap(t.pathMap("metadata", "labels"));
  }

  public Map<String, String> labels() {
    return stringMap(root.pathMap("metadata", "labels"));
  }

  /** spec.replicas as a number, the Kubernetes default 1 when unset, null when not a literal. */
  public Long replicas() {
    YMap spec = spec();
    YNode n = spec == null ? null : spec.get("replicas");
    if (n == null) {
      return 1L;
    }
    return n instanceof YScalar s ? s.asLong() : null;
  }

  public YScalar replicasNode() {
    YMap spec = spec();
    return spec == null ? null : spec.scalar("replicas");
  }

  /** The containers of the pod spec, in order (an unmodifiable list). */
  public List<Container> containers() {
    List<Container> cs = containers;
    if (cs == null) {
      List<Container> out = new ArrayList<>();
      YMap ps = podSpec();
      YSeq seq = ps == null ? null : ps.seq("containers");
      if (seq != null) {
        for (YNode n : seq.items()) {
          if (n instanceof YMap m) {
            out.add(new Container(this, m));
          }
        }
      }
      cs = List.copyOf(out);
      containers = cs;
    }
    return cs;
  }

  /** Numeric port, targetPort and nodePort values of a Service's ports. */
  public List<YScalar> servicePortValues() {
    List<YScalar> out = new ArrayList<>();
    YMap sp = spec();
    YSeq ports = sp == null ? null : sp.seq("ports");
    if (ports == null) {
      return out;
    }
    for (YNode n : ports.items()) {
      if (n instanceof YMap m) {
        for (String key : List.of("port", "targetPort", "nodePort")) {
          YScalar s = m.scalar(key);
          if (s != null && s.asLong() != null) {
            out.add(s);
          }
        }
      }
    }
    return out;
  }

  public static Map<String, String> stringMap(YMap m) {
    Map<String, String> out = new LinkedHashMap<>();
    if (m != null) {
      for (YMap.Entry e : m.entries()) {
        if (e.value() instanceof YScalar s && !e.key().value().equals("<<")) {
          out.put(e.key().value(), s.value());
        }
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    return o instanceof KubeObject k && Objects.equals(root, k.root)
        && Objects.equals(doc, k.doc) && Objects.equals(path, k.path);
  }

  /** As a record with components path, doc and root would hash. */
  @Override
  public int hashCode() {
    return (Objects.hashCode(path) * 31 + Objects.hashCode(doc)) * 31 + Objects.hashCode(root);
  }

  @Override
  public String toString() {
    return "KubeObject[path=" + path + ", doc=" + doc + ", root=" + root + "]";
  }
}
