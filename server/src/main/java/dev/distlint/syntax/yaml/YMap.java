package dev.distlint.syntax.yaml;

import java.util.List;
import java.util.Objects;

/**
 * A mapping; entries keep their source order. Keys that are not scalars are skipped.
 *
 * <p>A value: two maps are equal when their entries, start and end are (as for a record). Key
 * lookups are the hot path of every rule, so each map notes at construction the hash of each key
 * and its merge key, and larger maps a small open-addressing table from key hash to first entry:
 * a lookup compares ints and reads an entry's key only when the hashes agree.
 */
public final class YMap implements YNode {
  /** Maps with more entries than this get a hash table; smaller ones are scanned. */
  private static final int TABLE_ABOVE = 8;

  private final List<Entry> entries;
  private final int start;
  private final int end;
  /** The hash of each entry's key, in entry order. */
  private final int[] hashes;
  /**
   * For larger maps, slots holding 1 + the index of the first entry of each key (0: empty),
   * probed linearly from the key's hash; null for small maps.
   */
  private final int[] table;
  /** The last plain {@code <<} entry, followed when a key is absent; null when none. */
  private final Entry merge;
  /** Values derived from this map alone ({@link #derived}): key, value, key, value...; or null. */
  private volatile Object[] derived;

  /** One key/value pair. */
  public record Entry(YScalar key, YNode value) {
  }

  public YMap(List<Entry> entries, int start, int end) {
    this.entries = entries;
    this.start = start;
    this.end = end;
    int n = entries.size();
    int[] h = new int[n];
    Entry m = null;
    for (int i = 0; i < n; i++) {
      YScalar k = entries.get(i).key();
      h[i] = k.value() == null ? 0 : k.value().hashCode();
      if ("<<".equals(k.value()) && k.plain()) {
        m = entries.get(i);
      }
    }
    this.hashes = h;
    this.merge = m;
    this.table = n > TABLE_ABOVE ? table(entries, h) : null;
  }

  private static int[] table(List<Entry> entries, int[] hashes) {
    int[] t = new int[Integer.highestOneBit(hashes.length * 2 - 1) * 2];
    int mask = t.length - 1;
    for (int i = 0; i < hashes.length; i++) {
      String key = entries.get(i).key().value();
      int s = slot(hashes[i], mask);
      while (t[s] != 0 && !Objects.equals(entries.get(t[s] - 1).key().value(), key)) {
        s = (s + 1) & mask;
      }
      if (t[s] == 0) {
        t[s] = i + 1; // the first entry of a key wins
      }
    }
    return t;
  }

  private static int slot(int hash, int mask) {
    return (hash ^ (hash >>> 16)) & mask;
  }

  public List<Entry> entries() {
    return entries;
  }

  @Override
  public int start() {
    return start;
  }

  @Override
  public int end() {
    return end;
  }

  /**
   * The entry for {@code key}; when absent, the one a merge key ({@code <<: *anchor} or a list
   * of anchors) brings in, as YAML 1.1 and compose files use them. Earlier merges win.
   */
  public Entry entry(String key) {
    return entry(key, 0);
  }

  /** This map's own first entry with {@code key}, merges aside. */
  private Entry own(String key) {
    if (key == null) {
      return null;
    }
    int h = key.hashCode();
    int[] hs = hashes;
    if (table == null) {
      for (int i = 0; i < hs.length; i++) {
        if (hs[i] == h) {
          Entry e = entries.get(i);
          if (key.equals(e.key().value())) {
            return e;
          }
        }
      }
      return null;
    }
    int[] t = table;
    int mask = t.length - 1;
    for (int s = slot(h, mask); t[s] != 0; s = (s + 1) & mask) {
      int i = t[s] - 1;
      if (hs[i] == h) {
        Entry e = entries.get(i);
        if (key.equals(e.key().value())) {
          return e;
        }
      }
    }
    return null;
  }

  private Entry entry(String key, int depth) {
    Entry found = own(key);
    if (found != null) {
      return found;
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
          Entry e = m.entry(key, depth + 1);
          if (e != null) {
            return e;
          }
        }
      }
    }
    return null;
  }

  /**
   * A value computed from this map alone, kept on the map. Maps are immutable, and the parse cache
   * hands the same map to each later version of a file while its YAML document is unchanged, so
   * after an edit elsewhere in the file the value is found here instead of computed again.
   * {@code key} is compared by identity (a constant of the caller); {@code compute} must read
   * nothing but this map and its descendants, and must not depend on where the map sits in the
   * file (positions inside nodes are relative to the document, so nodes qualify).
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, java.util.function.Function<YMap, T> compute) {
    Object[] d = derived;
    if (d != null) {
      for (int i = 0; i < d.length; i += 2) {
        if (d[i] == key) {
          return (T) d[i + 1];
        }
      }
    }
    T value = compute.apply(this);
    synchronized (this) {
      Object[] cur = derived;
      int n = cur == null ? 0 : cur.length;
      for (int i = 0; i < n; i += 2) {
        if (cur[i] == key) {
          return (T) cur[i + 1]; // another thread was first: one value for everyone
        }
      }
      Object[] next = cur == null ? new Object[2] : java.util.Arrays.copyOf(cur, n + 2);
      next[n] = key;
      next[n + 1] = value;
      derived = next;
    }
    return value;
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

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    return o instanceof YMap m && end == m.end && start == m.start && entries.equals(m.entries);
  }

  /** As a record with components entries, start and end would hash. */
  @Override
  public int hashCode() {
    return (Objects.hashCode(entries) * 31 + Integer.hashCode(start)) * 31
        + Integer.hashCode(end);
  }

  @Override
  public String toString() {
    return "YMap[entries=" + entries + ", start=" + start + ", end=" + end + "]";
  }
}
