package dev.distlint.facts;

import dev.distlint.facts.KernelParams.KernelParam;
import dev.distlint.workspace.Workspace;

/**
 * Finds the distribution listener range from {@code inet_dist_listen_min/max}, wherever the
 * workspace sets them: vm.args {@code -kernel}, {@code config :kernel}, or {@code -kernel} inside
 * {@code ERL_AFLAGS} and friends. The kernel listens on {@code min..max}; with only the minimum
 * set it listens on that one port, and a maximum alone is ignored.
 */
final class ListenRangeSources {
  private ListenRangeSources() {
  }

  static long[] find(Workspace ws) {
    Long min = null;
    Long max = null;
    for (KernelParam p : KernelParams.all(ws)) {
      if (p.is("inet_dist_listen_min") && p.number().isPresent()) {
        min = p.number().getAsLong();
      } else if (p.is("inet_dist_listen_max") && p.number().isPresent()) {
        max = p.number().getAsLong();
      }
    }
    if (min == null) {
      return null;
    }
    long last = max == null ? min : max;
    return last < min ? null : new long[] {min, last};
  }
}
