package dev.distlint.catalogue;

import dev.distlint.base.FileKind;
import java.util.EnumSet;
import java.util.Set;

import dev.distlint.base.Severity;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A rule's documentation: front matter as typed fields, and the Markdown body split into its
 * sections. The same doc is the hover, {@code explain}, SARIF help and the README index.
 *
 * <p>A value, compared and hashed over all its fields as a record would be. The body part
 * (title, body, sections and examples) may be parsed on first use: running rules needs only
 * the front matter, so the Markdown of a doc loaded from the catalogue is parsed when a hover,
 * {@code explain} or a report first asks for it.
 *
 * <p>Fields: {@code confidence} is {@code high}, {@code medium} or {@code heuristic};
 * {@code params} are the rule's parameters by name, in the order the doc declares them;
 * {@code grammar} the grammar contexts whose keys the rule checks, for a rule made of its doc
 * alone (null for a rule with its own class); {@code sections} maps a section title to raw
 * Markdown (without the heading); {@code examples} maps a section title to the fenced code
 * blocks it contains.
 */
public final class RuleDoc {
  private final String id;
  private final Severity severity;
  private final String confidence;
  private final List<String> kinds;
  private final String checklist;
  private final List<String> sources;
  private final List<String> aliases;
  private final Map<String, Param> params;
  private final KeyCheck grammar;
  /** Parses the body part when it is first asked for; null once parsed. */
  private Supplier<Body> bodySource;
  private volatile Body parsed;

  /** The Markdown-derived part of a doc. */
  record Body(String title, String body, Map<String, String> sections,
      Map<String, List<CodeBlock>> examples) {
  }

  public RuleDoc(String id, String title, Severity severity, String confidence,
      List<String> kinds, String checklist, List<String> sources, List<String> aliases,
      Map<String, Param> params, KeyCheck grammar, String body, Map<String, String> sections,
      Map<String, List<CodeBlock>> examples) {
    this(id, severity, confidence, kinds, checklist, sources, aliases, params, grammar, null);
    this.parsed = new Body(title, body, sections, examples);
  }

  /** A doc whose body part {@code bodySource} parses on first use. */
  RuleDoc(String id, Severity severity, String confidence, List<String> kinds, String checklist,
      List<String> sources, List<String> aliases, Map<String, Param> params, KeyCheck grammar,
      Supplier<Body> bodySource) {
    this.id = id;
    this.severity = severity;
    this.confidence = confidence;
    this.kinds = kinds;
    this.checklist = checklist;
    this.sources = sources;
    this.aliases = aliases;
    this.params = params;
    this.grammar = grammar;
    this.bodySource = bodySource;
  }

  private Body parsed() {
    Body b = parsed;
    if (b == null) {
      synchronized (this) {
        b = parsed;
        if (b == null) {
          b = bodySource.get();
          parsed = b;
          bodySource = null;
        }
      }
    }
    return b;
  }

  public String id() {
    return id;
  }

  public String title() {
    return parsed().title();
  }

  public Severity severity() {
    return severity;
  }

  public String confidence() {
    return confidence;
  }

  public List<String> kinds() {
    return kinds;
  }

  public String checklist() {
    return checklist;
  }

  public List<String> sources() {
    return sources;
  }

  public List<String> aliases() {
    return aliases;
  }

  public Map<String, Param> params() {
    return params;
  }

  public KeyCheck grammar() {
    return grammar;
  }

  public String body() {
    return parsed().body();
  }

  public Map<String, String> sections() {
    return parsed().sections();
  }

  public Map<String, List<CodeBlock>> examples() {
    return parsed().examples();
  }

  public static final String WHAT = "What it checks";
  public static final String WHY = "Why it matters";
  public static final String EXAMPLE = "Example";
  public static final String INSTEAD = "Use instead";

  /**
   * A rule parameter declared in the front matter: its type ({@code integer}, {@code string} or
   * {@code boolean}), its default, an optional inclusive range for integers, and what it means.
   */
  public record Param(String name, String type, Object defaultValue, Long min, Long max,
      String doc) {
    /** Whether {@code value} has this parameter's type and range. */
    public boolean accepts(Object value) {
      return switch (type) {
        case "integer" -> value instanceof Number n && n.longValue() == n.doubleValue()
            && (min == null || n.longValue() >= min) && (max == null || n.longValue() <= max);
        case "boolean" -> value instanceof Boolean;
        default -> value instanceof String;
      };
    }
  }

  /**
   * What a doc-only rule checks: the grammar contexts ({@code dialect/context}, a trailing
   * {@code *} matching context ids by prefix) whose written keys must be keys of the context,
   * and whether keys the grammar marks deprecated or renamed are reported too (as information).
   */
  public record KeyCheck(List<String> contexts, boolean deprecated) {
    public KeyCheck {
      contexts = List.copyOf(contexts);
    }
  }

  /** A fenced code block; {@code file} comes from a {@code file=PATH} word in its info string. */
  public record CodeBlock(String language, String file, String code) {
  }

  /**
   * The file kinds named by {@code kinds:}; the linter runs the rule on files of these kinds only.
   * A name that is no file kind is left out here and fails the catalogue test.
   */
  public Set<FileKind> fileKinds() {
    EnumSet<FileKind> out = EnumSet.noneOf(FileKind.class);
    for (String k : kinds) {
      FileKind.byShortName(k).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The doc as help text: the body without its title, followed by the parameters the front
   * matter declares. Shared by {@code explain}, hovers and SARIF help.
   */
  public String help() {
    StringBuilder b = new StringBuilder(body().replaceFirst("(?s)^# [^\n]*\n", "").strip());
    if (!params.isEmpty()) {
      b.append("\n\n## Parameters\n\nSet under `rules: ").append(id)
          .append(": params:` in `.distlint.yaml`.\n\n");
      for (Param p : params.values()) {
        b.append("- `").append(p.name()).append("` (").append(p.type()).append(", default `")
            .append(p.defaultValue()).append("`): ").append(p.doc()).append('\n');
      }
    }
    return b.toString().strip();
  }

  /** The first sentence of "What it checks", for short descriptions. */
  public String summary() {
    String what = sections().getOrDefault(WHAT, title()).strip().replace('\n', ' ');
    int dot = what.indexOf(". ");
    return dot > 0 ? what.substring(0, dot + 1) : what;
  }

  private List<Object> components() {
    return java.util.Arrays.asList(id, title(), severity, confidence, kinds, checklist, sources,
        aliases, params, grammar, body(), sections(), examples());
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof RuleDoc d)) {
      return false;
    }
    List<Object> mine = components();
    List<Object> theirs = d.components();
    for (int i = 0; i < mine.size(); i++) {
      if (!Objects.equals(mine.get(i), theirs.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** As a record with the accessors' components, in order, would hash. */
  @Override
  public int hashCode() {
    int h = 0;
    for (Object c : components()) {
      h = h * 31 + Objects.hashCode(c);
    }
    return h;
  }

  @Override
  public String toString() {
    return "RuleDoc[id=" + id + ", title=" + title() + ", severity=" + severity + ", confidence="
        + confidence + ", kinds=" + kinds + ", checklist=" + checklist + ", sources=" + sources
        + ", aliases=" + aliases + ", params=" + params + ", grammar=" + grammar + ", body="
        + body() + ", sections=" + sections() + ", examples=" + examples() + "]";
  }
}
