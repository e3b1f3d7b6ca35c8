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

/** One Kubernetes object (one YAML document with {@code apiVersion} and {@code kind}). */
public record KubeObject(String path, YamlDocument doc, YMap root) {
  public String kind() {
    String k = root.string("kind");
    return k == null ? "" : k;
  }

  public String name() {
    YMap meta = root.map("metadata");
    return meta == null ? null : meta.string("name");
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
    return root.map("spec");
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
    YMap t = podTemplate();
    return t == null ? null : t.map("spec");
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

  public List<Container> containers() {
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
    return out;
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
}
