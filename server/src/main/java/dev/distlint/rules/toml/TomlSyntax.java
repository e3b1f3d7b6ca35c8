package dev.distlint.rules.toml;

import dev.distlint.lint.ProblemRule;

/** Reports the front ends' {@code toml-syntax} problems; the doc says when they occur. */
public final class TomlSyntax extends ProblemRule {
  public TomlSyntax() {
    super("toml-syntax");
  }
}
