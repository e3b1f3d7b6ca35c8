package dev.distlint.facts;

import dev.distlint.workspace.Workspace;

/**
 * Distribution settings that several file kinds can fix (vm.args, config :kernel, ERL_AFLAGS).
 * Returns what the workspace's release files say; nothing when they say nothing.
 */
public final class DistributionSettings {
  private static final Fact<long[]> LISTEN_RANGE =
      Fact.of("dist-listen-range", w -> ListenRangeSources.find(w));
  private DistributionSettings() {
  }

  /** {min, max} of the distribution listener port range, or null when not fixed. */
  public static long[] listenRange(Workspace ws) {
    return LISTEN_RANGE.in(ws);
  }
}
