package dev.distlint.syntax.yaml;

import java.util.List;

/** A mapping; entries keep their source order. Keys that are not scalars are skipped. */
public record YMap(List<Entry> entries, int start, int end) implements YNode {

  /** One key/value pair. */
  public record Entry(YScalar key, YNode value) {
  }

  /**
   * The entry for {@code key}; when absent, the one a merge key ({@code <<: *anchor} or a list
   * of anchors) brings in, as YAML 1.1 and compose files use them. Earlier merges win.
   */
  public Entry entry(String key) {
    return entry(key, 0);
  }

  private Entry entry(String key, int depth) {
    Entry merge = null;
    for (Entry e : entries) {
      if (e.key().value().equals(key)) {
        return e;
      }
      if (e.key().value().equals("<<") && e.key().plain()) {
        merge = e;
      }
    }
    if (merge == null || depth > 8) {
      return null;
    }
    if (merge.value() instanceof YMap m && m != this) {
      return m.entry(key, depth + 1);
    }
    if (merge.value() instanceof YSeq seq) {
      for (YNode n : seq.items()) {
        if (n instanceof YMap m && m != this) {
          Entry found = m.entry(key, depth + 1);
          if (found != null) {
            return found;
          }
        }
      }
    }
    return null;
  }

  public YNode get(String key) {
    Entry e = entry(key);
    return e == null ? null : e.value();
  }

  public YMap map(String key) {
    YNode n = get(key);
    return n instanceof YMap m ? m : null;
  }

  public YSeq seq(String key) {
    YNode n = get(key);
    return n instanceof YSeq s ? s : null;
  }

  public YScalar scalar(String key) {
    YNode n = get(key);
    return n instanceof YScalar s ? s : null;
  }

  /** The scalar text under {@code key}, or {@code null}. */
  public String string(String key) {
    YScalar s = scalar(key);
    return s == null || s.isNull() ? null : s.value();
  }

  /** Follows a path of keys through nested mappings. */
  public YNode path(String... keys) {
    YNode cur = this;
    for (String k : keys) {
      if (!(cur instanceof YMap m)) {
        return null;
      }
      cur = m.get(k);
    }
    return cur;
  }

  public YMap pathMap(String... keys) {
    YNode n = path(keys);
    return n instanceof YMap m ? m : null;
  }
}
