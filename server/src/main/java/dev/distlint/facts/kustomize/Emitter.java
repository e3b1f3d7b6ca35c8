package dev.distlint.facts.kustomize;

import com.google.gson.Gson;
import dev.distlint.base.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the objects an overlay produces as YAML, and remembers for every written key and value
 * where it came from, so a position in the output leads back to a base or patch line.
 */
final class Emitter {
  /** A span of the output and the source of what is written there. */
  record Span(TextRange out, KNode.Src src) {
  }

  private static final Gson GSON = new Gson();
  private final StringBuilder b = new StringBuilder();
  private final List<Span> spans = new ArrayList<>();

  String text() {
    return b.toString();
  }

  List<Span> spans() {
    return spans;
  }

  void document(KNode.Map root) {
    if (b.length() > 0) {
      b.append("---\n");
    }
    int start = b.length();
    map(root, 0);
    spans.add(new Span(new TextRange(start, b.length()), root.src()));
  }

  private void map(KNode.Map m, int indent) {
    m.entries().forEach((key, e) -> {
      pad(indent);
      int ks = b.length();
      b.append(key.matches("[A-Za-z0-9_./-]+") ? key : GSON.toJson(key));
      spans.add(new Span(new TextRange(ks, b.length()), e.key()));
      b.append(':');
      value(e.value(), indent);
    });
  }

  /** Writes a value after "key:" or "- ", then the line break. */
  private void value(KNode v, int indent) {
    int start = b.length();
    if (v instanceof KNode.Scalar s) {
      b.append(' ');
      int vs = b.length();
      b.append(s.text() != null ? s.text() : s.plain() && Patches.isNull(s.value()) ? "~"
          : GSON.toJson(s.value()));
      spans.add(new Span(new TextRange(vs, b.length()), s.src()));
      b.append('\n');
    } else if (v instanceof KNode.Map m && !m.entries().isEmpty()) {
      b.append('\n');
      map(m, indent + 2);
    } else if (v instanceof KNode.Seq s && !s.items().isEmpty()) {
      b.append('\n');
      for (KNode item : s.items()) {
        pad(indent + 2);
        b.append('-');
        if (item instanceof KNode.Map im && !im.entries().isEmpty()) {
          b.append(' ');
          int is = b.length();
          mapInline(im, indent + 4);
          spans.add(new Span(new TextRange(is, b.length()), im.src()));
        } else {
          value(item, indent + 2);
        }
      }
    } else {
      b.append(v instanceof KNode.Seq ? " []\n" : " {}\n");
    }
    if (!(v instanceof KNode.Scalar)) {
      spans.add(new Span(new TextRange(start, b.length()), v.src()));
    }
  }

  /** A mapping that starts on the line of its "- ": the first key is not indented. */
  private void mapInline(KNode.Map m, int indent) {
    boolean first = true;
    for (var entry : m.entries().entrySet()) {
      if (!first) {
        pad(indent);
      }
      first = false;
      int ks = b.length();
      String key = entry.getKey();
      b.append(key.matches("[A-Za-z0-9_./-]+") ? key : GSON.toJson(key));
      spans.add(new Span(new TextRange(ks, b.length()), entry.getValue().key()));
      b.append(':');
      value(entry.getValue().value(), indent);
    }
  }

  private void pad(int n) {
    b.append(" ".repeat(n));
  }
}
