package dev.distlint.lint;

import dev.distlint.base.Fix;
import dev.distlint.base.Finding;
import dev.distlint.base.Severity;
import dev.distlint.base.TextRange;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a rule sees while checking one file: the file's parsed snapshot, the workspace for
 * cross-file facts, its parameters, and a way to report.
 */
public final class RuleContext {
  private final Rule rule;
  private final ParsedFile file;
  private final Workspace workspace;
  private final RuleParams params;
  private final Severity defaultSeverity;
  private final Consumer<Finding> sink;

  public RuleContext(Rule rule, ParsedFile file, Workspace workspace, RuleParams params,
      Severity defaultSeverity, Consumer<Finding> sink) {
    this.rule = rule;
    this.file = file;
    this.workspace = workspace;
    this.params = params;
    this.defaultSeverity = defaultSeverity;
    this.sink = sink;
  }

  public ParsedFile file() {
    return file;
  }

  public Workspace workspace() {
    return workspace;
  }

  public RuleParams params() {
    return params;
  }

  /** Starts a finding at {@code range} of the target file; call {@link Report#emit()}. */
  public Report at(TextRange range, String message) {
    return new Report(range, message);
  }

  /** Reports a finding with no related locations or fixes. */
  public void report(TextRange range, String message) {
    at(range, message).emit();
  }

  /** A finding under construction. */
  public final class Report {
    private final TextRange range;
    private final String message;
    private Severity severity = defaultSeverity;
    private final List<Finding.Related> related = new ArrayList<>();
    private final List<Fix> fixes = new ArrayList<>();

    private Report(TextRange range, String message) {
      this.range = range;
      this.message = message;
    }

    /** Overrides the doc's default severity for this finding (a rule with graded severity). */
    public Report severity(Severity s) {
      this.severity = s;
      return this;
    }

    public Report related(String path, TextRange r, String msg) {
      related.add(new Finding.Related(path, r, msg));
      return this;
    }

    public Report fix(Fix fix) {
      fixes.add(fix);
      return this;
    }

    public void emit() {
      sink.accept(new Finding(rule.id(), severity, file.path(), range, message, related, fixes));
    }
  }
}
