package dev.distlint.facts;

import dev.distlint.workspace.Workspace;

/**
 * The ports Erlang distribution listens on: epmd's 4369, and the listener range when the
 * workspace fixes one ({@code inet_dist_listen_min/max}).
 */
public final class DistPorts {
  public static final long EPMD = 4369;

  private DistPorts() {
  }

  public static boolean isEpmd(Long port) {
    return port != null && port == EPMD;
  }

  /** True when {@code port} is epmd's or inside the workspace's distribution listener range. */
  public static boolean isDistribution(Workspace ws, long port) {
    if (port == EPMD) {
      return true;
    }
    long[] range = DistributionSettings.listenRange(ws);
    return range != null && port >= range[0] && port <= range[1];
  }

  /** True when {@code [from, to]} contains a distribution port. */
  public static boolean overlapsDistribution(Workspace ws, long from, long to) {
    if (EPMD >= from && EPMD <= to) {
      return true;
    }
    long[] range = DistributionSettings.listenRange(ws);
    return range != null && range[0] <= to && from <= range[1];
  }
}
