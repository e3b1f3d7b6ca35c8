package dev.distlint.lint;

/**
 * A rule checks one file, the <em>target</em>, and reports findings located in it. A cross-file
 * rule reads facts of other files from the workspace but still reports only in the target: the
 * linter runs every rule for every file, so each finding lands in the file where its fix belongs,
 * and editing any file of a relation re-checks the others.
 *
 * <p>The rule's id, default severity and prose live in its Markdown doc
 * ({@code resources/rules/<family>/<id>.md}); the class only decides where and why it fires.
 */
public interface Rule {
  /** The public id from the catalogue; never changes. */
  String id();

  /** Reports this rule's findings for {@code ctx.file()}. Must not throw on any input. */
  void check(RuleContext ctx);

  /** Whether the rule runs when the settings do not mention it; opt-in rules return false. */
  default boolean enabledByDefault() {
    return true;
  }
}
