package dev.distlint.facts.kustomize;

import dev.distlint.facts.Fact;
import dev.distlint.base.Finding;
import dev.distlint.base.TextRange;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Analysis of Kustomize layouts. Each top-level kustomization is analysed as the objects it
 * produces, in a workspace where the files it is built from are replaced by its output; other
 * files see every overlay's output in place of those files. A finding in an output is reported at
 * the line of the patch or kustomization that set the value, or at the base line the overlay did
 * not touch, with the kustomization as related information.
 */
public final class KustomizeFindings {
  private static final Fact.Family<Overlay, Workspace> OVERLAY_ALONE =
      Fact.family("kustomize-overlay", KustomizeFindings::alone);
  private static final Fact<Workspace> PRIMARY = Fact.of("kustomize-primary", KustomizeFindings::computePrimary);
  private static final Fact<Set<String>> SOURCES = Fact.of("kustomize-sources", KustomizeFindings::computeSources);
  /** Rules about a file's own text, which still run on the files overlays are built from. */
  private static final Set<String> FILE_RULES = Set.of("yaml-syntax", "file-too-large");

  private KustomizeFindings() {
  }

  /** The workspace for files that are no overlay source; the same workspace without overlays. */
  public static Workspace primary(Workspace ws) {
    return PRIMARY.in(ws);
  }

  /** True when {@code path} is a kustomization, resource or patch of some overlay. */
  public static boolean isSource(Workspace ws, String path) {
    return sources(ws).contains(path);
  }

  /** The workspace an overlay's output is checked in: the output instead of its sources. */
  private static Workspace alone(Workspace w, Overlay o) {
    List<ParsedFile> files = without(w, sources(w));
    files.add(o.output());
    return new Workspace(files);
  }

  /**
   * The findings of a file overlays are built from: its own file-level findings, and the
   * findings of each overlay's output that trace back to it.
   */
  public static List<Finding> forSource(Workspace ws, ParsedFile file, List<Finding> own,
      BiFunction<Workspace, ParsedFile, List<Finding>> check) {
    LinkedHashSet<Finding> out = new LinkedHashSet<>();
    own.stream().filter(f -> FILE_RULES.contains(f.ruleId())).forEach(out::add);
    // a rule's finding on one source place from several overlays is one finding (the first
    // overlay's message), naming each kustomization whose output has it
    Map<List<Object>, Finding> merged = new java.util.LinkedHashMap<>();
    for (Overlay o : Kustomize.overlays(ws)) {
      if (!o.sources().contains(file.path())) {
        continue;
      }
      Workspace alone = OVERLAY_ALONE.in(ws, o);
      for (Finding f : check.apply(alone, o.output())) {
        KNode.Src at = o.sourceOf(f.range());
        if (at.path().equals(file.path())) {
          Finding.Related overlay = new Finding.Related(o.kustomization().path(), TextRange.EMPTY,
              "in the output of this kustomization");
          List<Object> key = List.of(f.ruleId(), at.range());
          Finding seen = merged.get(key);
          if (seen != null) {
            List<Finding.Related> related = new ArrayList<>(seen.related());
            if (!related.contains(overlay)) {
              related.add(overlay);
            }
            merged.put(key, new Finding(seen.ruleId(), seen.severity(), seen.path(),
                seen.range(), seen.message(), related, List.of()));
            continue;
          }
          List<Finding.Related> related = new ArrayList<>(traced(ws, f.related()));
          related.add(overlay);
          merged.put(key, new Finding(f.ruleId(), f.severity(), at.path(), at.range(),
              f.message(), related, List.of()));
        }
      }
    }
    out.addAll(merged.values());
    return List.copyOf(out);
  }

  /** Findings of other files, with related places in overlay outputs traced to their sources. */
  public static List<Finding> traceRelated(Workspace ws, List<Finding> found) {
    if (Kustomize.overlays(ws).isEmpty()) {
      return found;
    }
    List<Finding> out = new ArrayList<>();
    for (Finding f : found) {
      boolean fixesOutput = f.fixes().stream().anyMatch(x -> x.edits().stream()
          .anyMatch(e -> e.path().endsWith(Overlay.SUFFIX)));
      out.add(new Finding(f.ruleId(), f.severity(), f.path(), f.range(), f.message(),
          traced(ws, f.related()), fixesOutput ? List.of() : f.fixes()));
    }
    return out;
  }

  private static List<Finding.Related> traced(Workspace ws, List<Finding.Related> related) {
    List<Finding.Related> out = new ArrayList<>();
    for (Finding.Related r : related) {
      Overlay o = Kustomize.overlays(ws).stream()
          .filter(x -> x.output().path().equals(r.path())).findFirst().orElse(null);
      KNode.Src at = o == null ? null : o.sourceOf(r.range());
      out.add(at == null ? r : new Finding.Related(at.path(), at.range(), r.message()));
    }
    return out;
  }

  private static Set<String> sources(Workspace ws) {
    return SOURCES.in(ws);
  }

  private static List<ParsedFile> without(Workspace ws, Set<String> paths) {
    List<ParsedFile> files = new ArrayList<>();
    for (ParsedFile f : ws.files()) {
      if (!paths.contains(f.path())) {
        files.add(f);
      }
    }
    return files;
  }

  private static Workspace computePrimary(Workspace w) {
    List<Overlay> overlays = Kustomize.overlays(w);
    if (overlays.isEmpty()) {
      return w;
    }
    List<ParsedFile> files = without(w, sources(w));
    overlays.forEach(o -> files.add(o.output()));
    return new Workspace(files);
  }

  private static Set<String> computeSources(Workspace w) {
    Set<String> s = new HashSet<>();
    Kustomize.overlays(w).forEach(o -> s.addAll(o.sources()));
    return Set.copyOf(s);
  }
}
