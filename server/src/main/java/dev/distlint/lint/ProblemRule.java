package dev.distlint.lint;

import dev.distlint.facts.problems.FrontEndProblems;
import dev.distlint.base.ParseProblem;
import dev.distlint.syntax.yaml.YamlView;
import dev.distlint.documents.ParsedFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Surfaces problems the front ends found while reading a file (syntax errors, size limit) as
 * findings of the rule named by the problem's code, so they share settings, suppression and docs
 * with every other rule. Each such rule is a subclass naming its id.
 */
public abstract class ProblemRule implements Rule {
  private final String id;

  protected ProblemRule(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public void check(RuleContext ctx) {
    for (ParseProblem p : problems(ctx.file())) {
      if (p.code().equals(id)) {
        ctx.report(p.range(), p.message());
      }
    }
  }

  /** Every reading problem of a file, from all front ends that apply to its kind. */
  public static List<ParseProblem> problems(ParsedFile f) {
    List<ParseProblem> out = new ArrayList<>(f.problems());
    out.addAll(f.view(YamlView.YAML).problems());
    out.addAll(f.view(FrontEndProblems.VIEW));
    return out;
  }
}
