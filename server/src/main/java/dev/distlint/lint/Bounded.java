package dev.distlint.lint;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Keeps what a finding names bounded whatever the workspace size: a list of names shows the first
 * few and then "and N more", and a finding points to at most {@link #MAX_RELATED} related places.
 */
public final class Bounded {
  /** Names spelled out in a message before "and N more". */
  public static final int MAX_NAMES = 5;
  /** Related locations attached to one finding. */
  public static final int MAX_RELATED = 10;

  private Bounded() {
  }

  /** "a, b and c", or "a, b, c, d, e and 2,995 more" for a long list. */
  public static String names(List<String> names) {
    if (names.size() <= MAX_NAMES) {
      return names.size() <= 1 ? String.join("", names)
          : String.join(", ", names.subList(0, names.size() - 1)) + " and "
              + names.get(names.size() - 1);
    }
    return String.join(", ", names.subList(0, MAX_NAMES)) + " and "
        + NumberFormat.getIntegerInstance(Locale.ROOT).format(names.size() - MAX_NAMES)
        + " more";
  }
}
