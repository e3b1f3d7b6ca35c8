package dev.distlint.base;

/** How the character part of a line/character position is counted. UTF-16 is the LSP default. */
public enum PositionEncoding {
  UTF16("utf-16"), UTF8("utf-8"), UTF32("utf-32");

  private final String wireName;

  PositionEncoding(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static PositionEncoding fromWire(String name) {
    for (PositionEncoding e : values()) {
      if (e.wireName.equalsIgnoreCase(name)) {
        return e;
      }
    }
    return UTF16;
  }
}
