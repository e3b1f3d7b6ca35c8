package dev.distlint.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The candidate a mistyped identifier most likely meant: the closest by edit distance, or else
 * the only candidate that contains it (a rule id given without its family prefix).
 */
public final class Nearest {
  private Nearest() {
  }

  public static Optional<String> of(String unknown, Collection<String> candidates) {
    Optional<String> typo = DidYouMean.suggest(unknown, candidates, Map.of());
    if (typo.isPresent() || unknown == null || unknown.length() < 4) {
      return typo;
    }
    List<String> containing = candidates.stream().filter(c -> c.contains(unknown)).toList();
    return containing.size() == 1 ? Optional.of(containing.get(0)) : Optional.empty();
  }
}
