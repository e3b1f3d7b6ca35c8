package dev.distlint.facts.kustomize;

import dev.distlint.base.TextRange;
import dev.distlint.base.FileKind;
import dev.distlint.documents.SourceFile;
import dev.distlint.documents.ParsedFile;
import java.util.List;
import java.util.Set;

/**
 * The objects one top-level kustomization produces, written out as a file of its own that rules
 * read like any manifest, with the way back from each position to the base or patch line it
 * comes from.
 *
 * @param kustomization the kustomization file whose output this is
 * @param output the written objects; its path is the kustomization's with {@link #SUFFIX}
 * @param sources every file the output is built from
 */
public record Overlay(ParsedFile kustomization, ParsedFile output, List<Emitter.Span> spans,
    Set<String> sources) {
  /** Appended to the kustomization's path to name its output. */
  public static final String SUFFIX = "#output";

  static Overlay of(ParsedFile kustomization, Emitter e, Set<String> sources) {
    ParsedFile out = new ParsedFile(new SourceFile(kustomization.path() + SUFFIX, e.text(),
        FileKind.K8S), kustomization.version());
    return new Overlay(kustomization, out, List.copyOf(e.spans()), Set.copyOf(sources));
  }

  /** The source of the narrowest written span holding {@code r}; the kustomization otherwise. */
  public KNode.Src sourceOf(TextRange r) {
    Emitter.Span best = null;
    for (Emitter.Span s : spans) {
      if (s.out().containsRange(r) && (best == null || s.out().length() < best.out().length())) {
        best = s;
      }
    }
    return best != null ? best.src() : new KNode.Src(kustomization.path(), TextRange.EMPTY);
  }
}
