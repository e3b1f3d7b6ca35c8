package dev.distlint.facts.kustomize;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YNode;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.syntax.yaml.YSeq;
import dev.distlint.syntax.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A YAML tree that Kustomize transforms: each node remembers the file and range it was written
 * at, so the objects an overlay produces can be traced to the base or patch line of every value.
 */
public sealed interface KNode {
  /** Where a node is written. */
  record Src(String path, TextRange range) {
  }

  Src src();

  /** A scalar; {@code text} is how it is written (quotes included) when it fits on one line. */
  record Scalar(String value, boolean plain, String text, Src src) implements KNode {
  }

  record Seq(List<KNode> items, Src src) implements KNode {
  }

  record Map(LinkedHashMap<String, Entry> entries, Src src) implements KNode {
    KNode get(String key) {
      Entry e = entries.get(key);
      return e == null ? null : e.value();
    }

    String string(String key) {
      return get(key) instanceof Scalar s ? s.value() : null;
    }
  }

  /** A mapping entry and where its key is written. */
  record Entry(Src key, KNode value) {
  }

  /** The tree of a YAML node of {@code doc} in the file at {@code path}. */
  static KNode of(YNode n, YamlDocument doc, String path, String fileText) {
    Src src = new Src(path, doc.range(n));
    if (n instanceof YMap m) {
      LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
      for (YMap.Entry e : m.entries()) {
        entries.put(e.key().value(), new Entry(new Src(path, doc.range(e.key())),
            of(e.value(), doc, path, fileText)));
      }
      return new Map(entries, src);
    }
    if (n instanceof YSeq s) {
      List<KNode> items = new ArrayList<>();
      s.items().forEach(i -> items.add(of(i, doc, path, fileText)));
      return new Seq(items, src);
    }
    YScalar s = (YScalar) n;
    TextRange r = src.range();
    String text = fileText.substring(Math.min(r.start(), fileText.length()),
        Math.min(r.end(), fileText.length()));
    return new Scalar(s.value(), s.plain(), text.indexOf('\n') < 0 && !text.isEmpty() ? text
        : null, src);
  }

  /** A deep copy, so a transformation of one overlay's objects never touches another's. */
  static KNode copy(KNode n) {
    if (n instanceof Map m) {
      LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
      m.entries().forEach((k, e) -> entries.put(k, new Entry(e.key(), copy(e.value()))));
      return new Map(entries, m.src());
    }
    if (n instanceof Seq s) {
      return new Seq(new ArrayList<>(s.items().stream().map(KNode::copy).toList()), s.src());
    }
    return n;
  }

}
