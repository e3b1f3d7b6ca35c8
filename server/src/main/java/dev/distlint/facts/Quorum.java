package dev.distlint.facts;

/** Majority arithmetic for a group of voting members. */
public final class Quorum {
  private Quorum() {
  }

  /** Members that must agree: {@code div(n, 2) + 1}. */
  public static long of(long members) {
    return members / 2 + 1;
  }

  /** Members that may fail while a majority remains: {@code div(n - 1, 2)}. */
  public static long tolerated(long members) {
    return members <= 0 ? 0 : (members - 1) / 2;
  }

  /**
   * True when the group tolerates no failure at all ({@code n} is 1 or 2): the quorum is every
   * member.
   */
  public static boolean toleratesNone(long members) {
    return members > 0 && tolerated(members) == 0;
  }

  /**
   * True when the last member adds no tolerance: an even group survives exactly as many failures
   * as the odd group one smaller.
   */
  public static boolean lastMemberAddsNothing(long members) {
    return members >= 2 && members % 2 == 0;
  }

  /** "3 members: quorum 2, tolerates 1 failure". */
  public static String describe(long members) {
    long t = tolerated(members);
    return members + " member" + (members == 1 ? "" : "s") + ": quorum " + of(members)
        + ", tolerates " + t + " failure" + (t == 1 ? "" : "s");
  }
}
