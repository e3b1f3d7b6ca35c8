package dev.distlint.syntax.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Key lookups give what a scan of the entries in order gives: first entry wins, then merges. */
class YMapTest {
  /** The lookup as a plain scan: the first entry with the key, else the merges, earlier first. */
  private static YMap.Entry scan(YMap map, String key, int depth) {
    YMap.Entry merge = null;
    for (YMap.Entry e : map.entries()) {
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
    if (merge.value() instanceof YMap m && m != map) {
      return scan(m, key, depth + 1);
    }
    if (merge.value() instanceof YSeq seq) {
      for (YNode n : seq.items()) {
        if (n instanceof YMap m && m != map) {
          YMap.Entry found = scan(m, key, depth + 1);
          if (found != null) {
            return found;
          }
        }
      }
    }
    return null;
  }

  private static YScalar scalar(String s, int at) {
    return new YScalar(s, at, at + s.length(), true, null);
  }

  @Test
  void lookupsMatchAScanOnRandomMapsWithDuplicatesCollisionsAndMerges() {
    Random rnd = new Random(42);
    // "Aa" and "BB" share a hash code, as do "AaAa", "BBBB", "AaBB" and "BBAa".
    String[] keys = {"a", "b", "name", "kind", "spec", "Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa",
        "", "<<", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "x11", "x12"};
    List<YMap> made = new ArrayList<>();
    for (int round = 0; round < 2000; round++) {
      int n = rnd.nextInt(30);
      List<YMap.Entry> entries = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String k = keys[rnd.nextInt(keys.length)];
        YNode value = scalar("v" + round + "-" + i, i);
        if (k.equals("<<") && !made.isEmpty()) {
          value = rnd.nextInt(4) > 0 ? made.get(rnd.nextInt(made.size()))
              : new YSeq(List.of(made.get(rnd.nextInt(made.size())),
                  made.get(rnd.nextInt(made.size()))), 0, 0);
        }
        boolean plain = !k.equals("<<") || rnd.nextInt(4) > 0;
        entries.add(new YMap.Entry(new YScalar(k, i, i + 1, plain, null), value));
      }
      YMap map = new YMap(List.copyOf(entries), round, round + n);
      made.add(map);
      for (String k : keys) {
        assertSame(scan(map, k, 0), map.entry(k),
            () -> "key '" + k + "' in the map of round " + map.start());
      }
      assertSame(scan(map, "absent", 0), map.entry("absent"));
      assertNull(map.entry(null));
    }
  }

  @Test
  void aMapMergingItselfStops() {
    List<YMap.Entry> entries = new ArrayList<>();
    entries.add(new YMap.Entry(scalar("a", 0), scalar("1", 3)));
    YMap base = new YMap(List.copyOf(entries), 0, 5);
    YMap chain = base;
    for (int i = 0; i < 20; i++) {
      chain = new YMap(List.of(new YMap.Entry(scalar("<<", 0), chain)), 0, i);
    }
    assertNull(chain.entry("a"), "merges are followed 9 deep at most");
    assertEquals("1", new YMap(List.of(new YMap.Entry(scalar("<<", 0), base)), 0, 1).string("a"));
  }

  @Test
  void mapsAreValuesLikeRecords() {
    List<YMap.Entry> entries = List.of(new YMap.Entry(scalar("a", 0), scalar("1", 3)));
    YMap one = new YMap(entries, 0, 4);
    YMap same = new YMap(List.of(new YMap.Entry(scalar("a", 0), scalar("1", 3))), 0, 4);
    assertEquals(one, same);
    assertEquals(one.hashCode(), same.hashCode());
    assertEquals((entries.hashCode() * 31 + 0) * 31 + 4, one.hashCode());
    assertNotEquals(one, new YMap(entries, 0, 5));
    assertEquals("YMap[entries=" + entries + ", start=0, end=4]", one.toString());
  }

  private static final Object NAMES = new Object();
  private static final Object SIZE = new Object();

  /** The container maps of each document of a manifest, in order. */
  private static List<YMap> containers(String text) {
    List<YMap> out = new ArrayList<>();
    for (YamlDocument d : YamlParser.parse(text).documents()) {
      YNode c = d.rootMap().path("spec", "template", "spec", "containers");
      out.add((YMap) ((YSeq) c).items().get(0));
    }
    return out;
  }

  @Test
  void derivedValuesAreComputedOncePerMapAndKeyAndSurviveEditsOfOtherDocuments() {
    String doc = "kind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n"
        + "        - name: %s\n          env:\n            - name: RELEASE_COOKIE\n";
    String before = String.format(doc, "chat") + "---\n" + String.format(doc, "presence")
        + "---\n" + String.format(doc, "mailer");
    // the second document's name grows: the third document moves, unchanged
    String after = String.format(doc, "chat") + "---\n" + String.format(doc, "presence-v2")
        + "---\n" + String.format(doc, "mailer");
    List<YMap> v1 = containers(before);
    int[] calls = {0};
    for (YMap m : v1) {
      assertEquals(m.string("name"), m.derived(NAMES, x -> {
        calls[0]++;
        return x.string("name");
      }));
      assertEquals(m.entries().size(), (int) m.derived(SIZE, x -> x.entries().size()));
    }
    assertEquals(3, calls[0]);
    // asked again: the kept values, per key
    assertEquals("chat", v1.get(0).derived(NAMES, x -> "not computed again"));
    assertEquals(2, (int) v1.get(0).derived(SIZE, x -> -1));
    List<YMap> v2 = containers(after);
    assertSame(v1.get(2), v2.get(2), "the moved, unchanged document's parse is reused");
    assertEquals("mailer", v2.get(2).derived(NAMES, x -> "not computed again"));
    assertEquals("presence-v2", v2.get(1).derived(NAMES, x -> x.string("name")),
        "the edited document's map computes its own value");
  }
}
