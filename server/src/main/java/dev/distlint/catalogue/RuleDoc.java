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
 * @param sections section title to raw Markdown (without the heading)
 * @param examples section title to the fenced code blocks it contains
 */
public record RuleDoc(String id, String title, Severity severity, String confidence,
    List<String> kinds, String checklist, List<String> sources, List<String> aliases,
    String body, Map<String, String> sections, Map<String, List<CodeBlock>> examples) {

  public static final String WHAT = "What it checks";
  public static final String WHY = "Why it matters";
  public static final String EXAMPLE = "Example";
  public static final String INSTEAD = "Use instead";

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

  /** The first sentence of "What it checks", for short descriptions. */
  public String summary() {
    String what = sections.getOrDefault(WHAT, title).strip().replace('\n', ' ');
    int dot = what.indexOf(". ");
    return dot > 0 ? what.substring(0, dot + 1) : what;
  }
}
