package dev.distlint.rules.file;

import dev.distlint.lint.ProblemRule;

/** Reports the front ends' {@code file-too-large} problems; the doc says when they occur. */
public final class FileTooLarge extends ProblemRule {
  public FileTooLarge() {
    super("file-too-large");
  }
}
