package dev.distlint.report;

import dev.distlint.base.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Identifies findings across edits that move them: a hash of the rule id, the file, the content
 * of the lines the finding spans (whitespace collapsed) and the occurrence index among findings
 * with the same three, never the line number. Inserting lines above a finding keeps its
 * fingerprint; editing the lines it points at changes it. A finding anchored at the file's start
 * (about the file as a whole) is identified by rule, file and occurrence alone.
 */
public final class Fingerprints {
  private Fingerprints() {
  }

  /**
   * One fingerprint per finding, in order. {@code texts} gives a file's text by finding path,
   * {@code pathKey} the path to hash (for example relative to the baseline file).
   */
  public static List<String> of(List<Finding> findings, Function<String, String> texts,
      Function<String, String> pathKey) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      String text = texts.apply(f.path());
      String key = f.ruleId() + '\0' + pathKey.apply(f.path()) + '\0'
          + (text == null || fileLevel(f) ? "" : content(text, f.range().start(), f.range().end()));
      int occurrence = seen.merge(key, 1, Integer::sum) - 1;
      out.add(sha256(key + '\0' + occurrence));
    }
    return out;
  }

  /**
   * A finding about the file as a whole (something missing from it), which rules anchor at the
   * file's start: identified by rule and file, not by whatever the first line holds.
   */
  private static boolean fileLevel(Finding f) {
    return f.range().start() == 0;
  }

  /** The whole lines spanning {@code [start, end)}, with runs of whitespace made one space. */
  static String content(String text, int start, int end) {
    int s = Math.max(0, Math.min(start, text.length()));
    int e = Math.max(s, Math.min(end, text.length()));
    int from = text.lastIndexOf('\n', s - 1) + 1;
    int to = text.indexOf('\n', e > s && text.charAt(e - 1) == '\n' ? e - 1 : e);
    String lines = text.substring(from, to < 0 ? text.length() : to);
    return lines.strip().replaceAll("\\s+", " ");
  }

  private static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
