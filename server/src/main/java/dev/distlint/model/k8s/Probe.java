package dev.distlint.model.k8s;

import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YNode;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.syntax.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;

/** A container probe. Timing getters return the Kubernetes defaults when a field is unset. */
public record Probe(String kind, YScalar keyNode, YMap node) {

  public long initialDelaySeconds() {
    return number("initialDelaySeconds", 0);
  }

  public long periodSeconds() {
    return number("periodSeconds", 10);
  }

  public long timeoutSeconds() {
    return number("timeoutSeconds", 1);
  }

  public long failureThreshold() {
    return number("failureThreshold", 3);
  }

  public boolean hasExplicitTiming() {
    return node.get("periodSeconds") != null || node.get("timeoutSeconds") != null
        || node.get("failureThreshold") != null;
  }

  public YScalar httpPath() {
    YMap get = node.map("httpGet");
    return get == null ? null : get.scalar("path");
  }

  /**
   * A normalised description of what the probe checks (handler type, path, port, command), so
   * two probes can be compared regardless of formatting or timing.
   */
  public String handler() {
    for (String type : List.of("httpGet", "tcpSocket", "grpc")) {
      YMap h = node.map(type);
      if (h != null) {
        return type + " path=" + h.string("path") + " port=" + h.string("port")
            + " scheme=" + h.string("scheme") + " service=" + h.string("service");
      }
    }
    YMap exec = node.map("exec");
    if (exec != null) {
      List<String> cmd = new ArrayList<>();
      YSeq seq = exec.seq("command");
      if (seq != null) {
        for (YNode n : seq.items()) {
          cmd.add(n.text());
        }
      }
      return "exec " + cmd;
    }
    return "none";
  }

  private long number(String key, long dflt) {
    YScalar s = node.scalar(key);
    Long v = s == null ? null : s.asLong();
    return v == null ? dflt : v;
  }
}
