package dev.distlint.syntax.helm;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YNode;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.syntax.yaml.YSeq;
import dev.distlint.syntax.yaml.YamlDocument;
import dev.distlint.syntax.yaml.YamlFile;
import dev.distlint.syntax.yaml.YamlParser;
import dev.distlint.documents.ParsedFile;
import dev.distlint.documents.View;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A Helm template read with its chart's values: the YAML of the masked template, in which each
 * value the template prints is the value Helm would print (or an unknown scalar), at the position
 * of the action that prints it. A document with a region distlint cannot follow (a {@code range},
 * a condition it cannot decide, a block among other entries) has no root, so no rule judges it,
 * and a template never gets a syntax error for its actions.
 */
public final class HelmTemplate {
  /** The rendering of a file read in a chart's context; empty for other files. */
  public static final View<Rendered> VIEW = View.of("helm-template", HelmTemplate::render);

  /** Where a value printed at {@code templateRange} is written in a values file. */
  public record Origin(TextRange templateRange, String valuesPath, TextRange valuesRange) {
  }

  /** The YAML a template gives, where its values come from, and where its actions are. */
  public record Rendered(YamlFile yaml, List<Origin> origins, List<TextRange> actions) {
    static final Rendered NONE = new Rendered(new YamlFile(List.of(), List.of()), List.of(),
        List.of());

    /** The origin of the value a finding at {@code r} is about, or null. */
    public Origin originAt(TextRange r) {
      for (Origin o : origins) {
        if (o.templateRange().containsRange(r) && r.start() < o.templateRange().end()) {
          return o;
        }
      }
      return null;
    }

    /** True when an edit of {@code r} would touch a template action. */
    public boolean touchesAction(TextRange r) {
      for (TextRange a : actions) {
        if (r.start() < a.end() && a.start() < r.end() || a.contains(r.start()) && r.length() == 0) {
          return true;
        }
      }
      return false;
    }
  }

  private final String text;
  private final NavigableMap<Integer, TemplateMask.Slot> slots = new TreeMap<>();
  private final Set<Integer> unknown;
  private final List<TemplateAction> actions;
  private final String masked;
  private final List<Origin> origins = new ArrayList<>();

  private HelmTemplate(String text, TemplateMask.Result m) {
    this.text = text;
    m.slots().forEach(s -> slots.put(s.start(), s));
    this.unknown = new TreeSet<>(m.unknownValues());
    this.actions = m.actions();
    this.masked = m.text();
  }

  private static Rendered render(ParsedFile f) {
    if (!(f.context() instanceof ChartValues values) || f.tooLarge()) {
      return Rendered.NONE;
    }
    TemplateMask.Result m = TemplateMask.mask(f.text(), new Evaluator(values));
    return new HelmTemplate(f.text(), m).read(m);
  }

  private Rendered read(TemplateMask.Result m) {
    List<YamlDocument> docs = new ArrayList<>();
    for (YamlDocument d : YamlParser.parse(masked).documents()) {
      int from = d.base();
      int to = d.base() + d.length();
      boolean templated = actions.stream().anyMatch(a -> a.start() < to && a.end() > from);
      boolean incomplete = m.incomplete().stream().anyMatch(s -> s[0] < to && s[1] > from);
      if (incomplete || templated && d.problem() != null || d.root() == null) {
        docs.add(new YamlDocument(d.index(), d.base(), d.length(), null,
            templated ? null : d.problem()));
      } else {
        docs.add(new YamlDocument(d.index(), d.base(), d.length(), rebuild(d.root(), d.base()),
            d.problem()));
      }
    }
    List<TextRange> ranges = actions.stream().map(a -> new TextRange(a.start(), a.end())).toList();
    return new Rendered(YamlFile.of(docs, List.of()), List.copyOf(origins), ranges);
  }

  private YNode rebuild(YNode n, int base) {
    if (n instanceof YMap m) {
      List<YMap.Entry> entries = new ArrayList<>(m.entries().size());
      for (YMap.Entry e : m.entries()) {
        entries.add(new YMap.Entry((YScalar) rebuild(e.key(), base), rebuild(e.value(), base)));
      }
      return new YMap(List.copyOf(entries), m.start(), m.end());
    }
    if (n instanceof YSeq s) {
      return new YSeq(s.items().stream().map(i -> rebuild(i, base)).toList(), s.start(), s.end());
    }
    YScalar s = (YScalar) n;
    int from = base + s.start();
    int to = base + s.end();
    if (unknown.contains(from)) {
      return unknownScalar(s, actionText(from));
    }
    var inside = slots.subMap(from, true, to, false);
    if (inside.isEmpty()) {
      return s;
    }
    return ScalarResolver.resolve(s, new TextRange(from, to), List.copyOf(inside.values()),
        masked, origins)
        .orElseGet(() -> unknownScalar(s, text.substring(from, to).strip()));
  }

  private String actionText(int offset) {
    for (TemplateAction a : actions) {
      if (a.start() <= offset && offset < a.end()) {
        return text.substring(a.start(), a.end());
      }
    }
    return "";
  }

  private static YScalar unknownScalar(YScalar s, String shown) {
    return new YScalar(shown, s.start(), s.end(), false, YScalar.UNKNOWN_TAG);
  }
}
