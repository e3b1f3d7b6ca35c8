package dev.distlint.facts.helm;

import dev.distlint.syntax.helm.HelmTemplate;
import dev.distlint.base.Finding;
import dev.distlint.base.Fix;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * Places findings about Helm templates where their fix belongs: a finding about a value that
 * comes from a values file is reported in that values file, at the value's line, with the
 * template line as related information; fixes that would edit a template action are dropped.
 */
public final class HelmFindings {
  private HelmFindings() {
  }

  /**
   * The findings of {@code target}: its own (less those that belong to a values file) plus, for a
   * values file, those of the templates that print its values. {@code check} runs the rules on
   * a template.
   */
  public static List<Finding> place(Workspace derived, ParsedFile target, List<Finding> own,
      Function<ParsedFile, List<Finding>> check) {
    List<Finding> out = new ArrayList<>();
    HelmTemplate.Rendered mine = target.view(HelmTemplate.VIEW);
    for (Finding f : own) {
      if (mine.originAt(f.range()) == null) {
        out.add(withoutTemplateFixes(derived, f));
      }
    }
    LinkedHashSet<Finding> moved = new LinkedHashSet<>();
    for (ParsedFile t : HelmCharts.templatesReading(derived, target.path())) {
      HelmTemplate.Rendered r = t.view(HelmTemplate.VIEW);
      for (Finding f : check.apply(t)) {
        HelmTemplate.Origin o = r.originAt(f.range());
        if (o != null && o.valuesPath().equals(target.path())) {
          moved.add(moved(f, t, o));
        }
      }
    }
    out.addAll(moved);
    return out;
  }

  private static Finding moved(Finding f, ParsedFile template, HelmTemplate.Origin o) {
    List<Finding.Related> related = new ArrayList<>();
    related.add(new Finding.Related(template.path(), f.range(), "the template that uses this"
        + " value"));
    related.addAll(f.related());
    return new Finding(f.ruleId(), f.severity(), o.valuesPath(), o.valuesRange(), f.message(),
        related, List.of());
  }

  private static Finding withoutTemplateFixes(Workspace derived, Finding f) {
    if (f.fixes().isEmpty()) {
      return f;
    }
    List<Fix> kept = new ArrayList<>();
    for (Fix fix : f.fixes()) {
      if (fix.edits().stream().noneMatch(e -> touchesAction(derived, e))) {
        kept.add(fix);
      }
    }
    return kept.size() == f.fixes().size() ? f : new Finding(f.ruleId(), f.severity(), f.path(),
        f.range(), f.message(), f.related(), kept);
  }

  private static boolean touchesAction(Workspace derived, Fix.FileEdit e) {
    ParsedFile file = derived.file(e.path());
    return file != null && file.view(HelmTemplate.VIEW).touchesAction(e.range());
  }
}
