package dev.distlint.rules.yaml;

import dev.distlint.lint.ProblemRule;

/** Reports the front ends' {@code yaml-syntax} problems; the doc says when they occur. */
public final class YamlSyntax extends ProblemRule {
  public YamlSyntax() {
    super("yaml-syntax");
  }
}
