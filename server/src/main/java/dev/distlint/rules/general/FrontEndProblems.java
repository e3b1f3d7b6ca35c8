package dev.distlint.rules.general;

import dev.distlint.model.ParseProblem;
import dev.distlint.workspace.View;
import java.util.List;

/** Reading problems of the non-YAML front ends (TOML syntax errors); empty for other kinds. */
final class FrontEndProblems {
  static final View<List<ParseProblem>> VIEW = View.of("front-end-problems", f -> List.of());

  private FrontEndProblems() {
  }
}
