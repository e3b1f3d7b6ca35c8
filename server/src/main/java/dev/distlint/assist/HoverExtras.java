package dev.distlint.assist;

import dev.distlint.knowledge.KeySpec;
import dev.distlint.knowledge.Grammars;
import dev.distlint.facts.Quorum;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers computed for hovers: the net tick detection window, quorums, units in seconds. */
final class HoverExtras {
  static final long DEFAULT_TICKTIME = kernelDefault("net_ticktime");
  static final long DEFAULT_INTENSITY = kernelDefault("net_tickintensity");

  private HoverExtras() {
  }

  /** A kernel parameter's default, as the kernel grammar states it. */
  private static long kernelDefault(String param) {
    return Grammars.load().kernelParam(param).map(KeySpec::defaultValue)
        .map(v -> Long.parseLong(v.replace("_", ""))).orElseThrow();
  }

  /**
   * The detection window of {@code ticktime} seconds with {@code intensity} ticks per period: a
   * tick every T/I, and an unresponsive peer declared down after between T − T/I and T + T/I.
   */
  static String tickWindow(long ticktime, long intensity, boolean intensityConfigured) {
    long i = Math.max(4, Math.min(1000, intensity));
    double step = (double) ticktime / i;
    return "**Detection window:** a tick every " + num(step) + " s (" + ticktime + " / " + i
        + "); an unresponsive peer is declared down after between " + num(ticktime - step)
        + " and " + num(ticktime + step) + " s of silence (net_ticktime " + ticktime
        + ", net_tickintensity " + i + (intensityConfigured ? "" : ", the default") + ").";
  }

  /** Member count, quorum and tolerated failures of a literal member list. */
  static String quorum(int members) {
    return "**" + Quorum.describe(members) + "** (quorum div(n, 2) + 1 = " + Quorum.of(members)
        + ", failures tolerated div(n − 1, 2) = " + Quorum.tolerated(members) + ")."
        + (members % 2 == 0 && members > 0
            ? " An even size tolerates no more failures than " + (members - 1) + " members." : "");
  }

  /** "10_000 ms = 10 s". */
  static String seconds(long millis) {
    return "**" + millis + " ms = " + num(millis / 1000.0) + " s**";
  }

  /** The first integer matched by group 1 of {@code pattern} in {@code text}, or -1. */
  static long find(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    if (m.find()) {
      try {
        return Long.parseLong(m.group(1).replace("_", ""));
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    return -1;
  }

  /** An integer literal at the start of {@code text} (after blanks), or -1. */
  static long leadingInteger(String text) {
    return find(Pattern.compile("^[ \\t]*(\\d[\\d_]*)(?![\\d_.])"), text);
  }

  static String num(double v) {
    if (v == Math.rint(v)) {
      return Long.toString((long) v);
    }
    String s = String.format(java.util.Locale.ROOT, "%.2f", v);
    return s.replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
