package dev.distlint.facts.problems;

import dev.distlint.base.FileKind;
import dev.distlint.base.ParseProblem;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.toml.TomlError;
import dev.distlint.documents.View;
import java.util.ArrayList;
import java.util.List;

/** Reading problems of the non-YAML front ends (TOML syntax errors); empty for other kinds. */
public final class FrontEndProblems {
  public static final View<List<ParseProblem>> VIEW = View.of("front-end-problems", f -> {
    List<ParseProblem> out = new ArrayList<>();
    if (f.kind() == FileKind.FLY) {
      for (TomlError e : f.view(ReleaseViews.FLY).errors()) {
        out.add(new ParseProblem("toml-syntax", e.range(), "TOML syntax error: " + e.message()));
      }
    }
    return List.copyOf(out);
  });

  private FrontEndProblems() {
  }
}
