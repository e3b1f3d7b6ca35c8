package dev.distlint.catalogue;

import dev.distlint.base.FileKind;
import java.util.EnumSet;
import java.util.Set;

import dev.distlint.base.Severity;
import java.util.List;
import java.util.Map;

/**
 * A rule's documentation: front matter as typed fields, and the Markdown body split into its
 * sections. The same doc is the hover, {@code explain}, SARIF help and the README index.
 *
 * @param confidence {@code high}, {@code medium} or {@code heuristic}
 * @param params the rule's parameters by name, in the order the doc declares them
 * @param grammar the grammar contexts whose keys the rule checks, for a rule made of its doc
 *     alone; null for a rule with its own class
 * @param sections section title to raw Markdown (without the heading)
 * @param examples section title to the fenced code blocks it contains
 */
public record RuleDoc(String id, String title, Severity severity, String confidence,
    List<String> kinds, String checklist, List<String> sources, List<String> aliases,
    Map<String, Param> params, KeyCheck grammar, String body, Map<String, String> sections, Map<String, List<CodeBlock>> examples) {

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
    StringBuilder b = new StringBuilder(body.replaceFirst("(?s)^# [^\n]*\n", "").strip());
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
    String what = sections.getOrDefault(WHAT, title).strip().replace('\n', ' ');
    int dot = what.indexOf(". ");
    return dot > 0 ? what.substring(0, dot + 1) : what;
  }
}
