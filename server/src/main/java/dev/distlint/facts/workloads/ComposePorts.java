package dev.distlint.facts.workloads;

import dev.distlint.base.TextRange;
import dev.distlint.model.compose.ComposeService;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YNode;
import dev.distlint.syntax.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;

/**
 * Compose {@code ports:} entries, short ({@code [IP:][HOST:]CONTAINER[/proto]}, ranges allowed)
 * and long syntax, reduced to the container port range and the host address they bind.
 */
public final class ComposePorts {
  private ComposePorts() {
  }

  /** One published port mapping; {@code hostIp} is null when bound on all interfaces. */
  public record Published(long from, long to, String hostIp, TextRange range) {
    public boolean loopbackOnly() {
      return hostIp != null && (hostIp.equals("127.0.0.1") || hostIp.equals("::1")
          || hostIp.equals("localhost") || hostIp.startsWith("127."));
    }
  }

  public static List<Published> of(ComposeService s) {
    List<Published> out = new ArrayList<>();
    if (s.ports() == null) {
      return out;
    }
    for (YNode n : s.ports().items()) {
      if (n instanceof YScalar sc) {
        Published p = parseShort(sc.value(), s.range(sc));
        if (p != null) {
          out.add(p);
        }
      } else if (n instanceof YMap m) {
        YScalar target = m.scalar("target");
        Long t = target == null ? null : target.asLong();
        if (t != null) {
          out.add(new Published(t, t, m.string("host_ip"), s.range(target)));
        }
      }
    }
    return out;
  }

  static Published parseShort(String spec, TextRange range) {
    String v = spec.trim();
    int slash = v.indexOf('/');
    if (slash >= 0) {
      v = v.substring(0, slash);
    }
    String ip = null;
    if (v.startsWith("[")) {
      int close = v.indexOf(']');
      if (close < 0) {
        return null;
      }
      ip = v.substring(1, close);
      v = v.substring(close + 1);
      v = v.startsWith(":") ? v.substring(1) : v;
    }
    String[] parts = v.split(":", -1);
    String container = parts[parts.length - 1];
    if (ip == null && parts.length == 3) {
      ip = parts[0];
    }
    long[] r = range(container);
    return r == null ? null : new Published(r[0], r[1], ip == null || ip.isEmpty() ? null : ip,
        range);
  }

  private static long[] range(String s) {
    try {
      int dash = s.indexOf('-');
      if (dash > 0) {
        return new long[] {Long.parseLong(s.substring(0, dash).trim()),
            Long.parseLong(s.substring(dash + 1).trim())};
      }
      long p = Long.parseLong(s.trim());
      return new long[] {p, p};
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
