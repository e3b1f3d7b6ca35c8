package dev.distlint.settings;

import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YNode;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.syntax.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Wraps plain Java maps/lists/scalars (from client JSON) as position-less YAML nodes. */
final class Plain {
  private static final int MAX_DEPTH = 32;

  private Plain() {
  }

  static YNode wrap(Object o) {
    return wrap(o, 0);
  }

  private static YNode wrap(Object o, int depth) {
    if (depth > MAX_DEPTH) {
      return new YScalar("", 0, 0, true, null);
    }
    if (o instanceof Map<?, ?> m) {
      List<YMap.Entry> entries = new ArrayList<>();
      for (var e : m.entrySet()) {
        entries.add(new YMap.Entry(new YScalar(String.valueOf(e.getKey()), 0, 0, false, null),
            wrap(e.getValue(), depth + 1)));
      }
      return new YMap(entries, 0, 0);
    }
    if (o instanceof List<?> l) {
      List<YNode> items = new ArrayList<>();
      for (Object x : l) {
        items.add(wrap(x, depth + 1));
      }
      return new YSeq(items, 0, 0);
    }
    if (o == null) {
      return new YScalar("", 0, 0, true, null);
    }
    String s = o instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue())
        : String.valueOf(o);
    return new YScalar(s, 0, 0, !(o instanceof String), null);
  }
}
