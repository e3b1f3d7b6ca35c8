package dev.distlint.base;

import java.util.List;

/**
 * One problem found by a rule, located in one file. Messages name the offending value in the
 * user's terms but never a secret's value.
 *
 * @param related other places that take part in a cross-file finding
 * @param fixes mechanical fixes, possibly editing other files
 */
public record Finding(String ruleId, Severity severity, String path, TextRange range,
    String message, List<Related> related, List<Fix> fixes) {

  public Finding {
    related = List.copyOf(related);
    fixes = List.copyOf(fixes);
  }

  public Finding withSeverity(Severity s) {
    return new Finding(ruleId, s, path, range, message, related, fixes);
  }

  /** Another location taking part in a finding. */
  public record Related(String path, TextRange range, String message) {
  }
}
