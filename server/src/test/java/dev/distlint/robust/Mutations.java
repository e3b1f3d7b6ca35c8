package dev.distlint.robust;

import dev.distlint.workspace.WorkspaceLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Damaged versions of a text, as editors, tools and disks produce them: truncations, flipped and
 * inserted bytes (decoded as the workspace loader decodes a file), unbalanced brackets and quotes,
 * mixed line endings, astral characters and lone surrogates at boundaries.
 */
final class Mutations {
  /** A damaged text and how it was made (for failure messages). */
  record Variant(String how, String text) {
  }

  private static final String OPENERS = "([{\"'`<%#";
  private static final String BRACKETS = "()[]{}\"'`<>%";
  private static final String[] ASTRAL = {"\uD83D\uDE00", "\uD801\uDC37", "\uD800", "\uDC00",
      "\u200B", "\uFEFF", "\u0000"};

  private Mutations() {
  }

  /**
   * Variants of {@code text}. {@code truncations} cuts at every N-th byte so that about that many
   * prefixes are made ({@code Integer.MAX_VALUE}: every byte); {@code randoms} random edits of
   * each sort.
   */
  static List<Variant> of(String text, int truncations, int randoms, Random random) {
    List<Variant> out = new ArrayList<>();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int step = truncations >= bytes.length ? 1 : Math.max(1, bytes.length / truncations);
    for (int n = 0; n <= bytes.length; n += step) {
      out.add(new Variant("truncated at byte " + n, decode(Arrays.copyOf(bytes, n))));
    }
    for (int i = 0; i < randoms && bytes.length > 0; i++) {
      out.add(flip(bytes, random));
      out.add(insertBytes(bytes, random));
      out.add(unbalance(text, random));
      out.add(lineEndings(text, random));
      out.add(astral(text, random));
    }
    out.add(new Variant("CRLF", text.replace("\n", "\r\n")));
    out.add(new Variant("CR only", text.replace("\n", "\r")));
    out.add(new Variant("tabs for indentation", text.replace("  ", "\t")));
    out.add(new Variant("astral at every line boundary",
        text.replace("\n", "\uD83D\uDE00\n\uD83D\uDE00")));
    out.add(new Variant("lone surrogates at both ends", "\uDC00" + text + "\uD800"));
    out.add(new Variant("text twice without a separator", text + text));
    return out;
  }

  /** Bytes as the workspace loader turns them into text (invalid UTF-8 becomes U+FFFD). */
  static String decode(byte[] bytes) {
    return WorkspaceLoader.decode(bytes);
  }

  private static Variant flip(byte[] bytes, Random r) {
    byte[] b = bytes.clone();
    int flips = 1 + r.nextInt(4);
    for (int i = 0; i < flips; i++) {
      int at = r.nextInt(b.length);
      b[at] ^= (byte) (1 << r.nextInt(8));
    }
    return new Variant(flips + " bit flips", decode(b));
  }

  private static Variant insertBytes(byte[] bytes, Random r) {
    int at = r.nextInt(bytes.length + 1);
    byte[] ins = new byte[1 + r.nextInt(6)];
    r.nextBytes(ins);
    byte[] b = new byte[bytes.length + ins.length];
    System.arraycopy(bytes, 0, b, 0, at);
    System.arraycopy(ins, 0, b, at, ins.length);
    System.arraycopy(bytes, at, b, at + ins.length, bytes.length - at);
    return new Variant(ins.length + " random bytes inserted at " + at, decode(b));
  }

  private static Variant unbalance(String text, Random r) {
    StringBuilder sb = new StringBuilder(text);
    List<Integer> brackets = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (BRACKETS.indexOf(text.charAt(i)) >= 0) {
        brackets.add(i);
      }
    }
    if (!brackets.isEmpty() && r.nextBoolean()) {
      int at = brackets.get(r.nextInt(brackets.size()));
      sb.deleteCharAt(at);
      return new Variant("bracket or quote removed at " + at, sb.toString());
    }
    int at = r.nextInt(text.length() + 1);
    char c = OPENERS.charAt(r.nextInt(OPENERS.length()));
    sb.insert(at, c);
    return new Variant("'" + c + "' inserted at " + at, sb.toString());
  }

  private static Variant lineEndings(String text, Random r) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        switch (r.nextInt(4)) {
          case 0 -> sb.append("\r\n");
          case 1 -> sb.append('\r');
          case 2 -> sb.append("\n\r");
          default -> sb.append('\n');
        }
      } else {
        sb.append(c);
      }
    }
    return new Variant("mixed line endings", sb.toString());
  }

  private static Variant astral(String text, Random r) {
    StringBuilder sb = new StringBuilder(text);
    int n = 1 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      int at = r.nextInt(sb.length() + 1);
      sb.insert(at, ASTRAL[r.nextInt(ASTRAL.length)]);
    }
    return new Variant(n + " astral or odd characters inserted", sb.toString());
  }
}
