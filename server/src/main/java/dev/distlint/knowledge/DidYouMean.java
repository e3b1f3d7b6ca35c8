package dev.distlint.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Suggests the key an author most likely meant. A known wrong name (a {@link NotKey} with a
 * replacement, such as DNSPoll's {@code poll_interval}) wins; otherwise the closest candidate by
 * optimal-string-alignment distance (Levenshtein plus adjacent transpositions) within
 * {@link #MAX_DISTANCE}, ties broken by the candidates' order.
 */
final class DidYouMean {

  static final int MAX_DISTANCE = 2;

  private DidYouMean() {
  }

  static Optional<String> suggest(String unknown, Collection<String> candidates,
      Map<String, List<String>> knownWrong) {
    if (unknown == null || candidates.isEmpty()) {
      return Optional.empty();
    }
    for (String replacement : knownWrong.getOrDefault(unknown, List.of())) {
      if (candidates.contains(replacement)) {
        return Optional.of(replacement);
      }
    }
    String best = null;
    int bestDistance = MAX_DISTANCE + 1;
    for (String candidate : candidates) {
      if (candidate.equals(unknown)) {
        return Optional.empty();
      }
      int distance = distance(unknown, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    // A distance as large as a short word itself is a different word, not a typo.
    if (best != null && bestDistance >= Math.min(unknown.length(), best.length())) {
      return Optional.empty();
    }
    return Optional.ofNullable(best);
  }

  /** Optimal string alignment distance between two strings. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }
}
