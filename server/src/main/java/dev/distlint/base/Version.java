package dev.distlint.base;

/** The distlint version shown in reports and the server's initialize answer. */
public final class Version {
  public static final String VALUE = "0.1.0";

  private Version() {
  }
}
