package dev.distlint.syntax.elixir.view;

import dev.distlint.base.TextRange;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The locked versions of {@code mix.lock}. The file is machine-written, one package per line, so
 * it is read line by line with patterns rather than parsed; lines that do not match are skipped.
 */
public final class MixLock {
  /** One locked package: {@code source} is {@code hex}, {@code git} or {@code path}. */
  public record Entry(String name, String source, String version, TextRange nameRange) {}

  private static final Pattern LINE =
      Pattern.compile("^[ \\t]*\"([^\"]+)\"\\s*:\\s*\\{\\s*:(\\w+)\\s*,\\s*(.*)$");
  private static final Pattern HEX = Pattern.compile("^:[\\w]+\\s*,\\s*\"([^\"]*)\"");
  private static final Pattern GIT = Pattern.compile("^\"[^\"]*\"\\s*,\\s*\"([0-9a-fA-F]+)\"");

  private final Map<String, Entry> entries;

  private MixLock(Map<String, Entry> entries) {
    this.entries = Collections.unmodifiableMap(entries);
  }

  /** Reads {@code text}; never throws. */
  public static MixLock parse(String text) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    if (text == null) {
      return new MixLock(entries);
    }
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      readLine(text, lineStart, lineEnd, entries);
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return new MixLock(entries);
  }

  private static void readLine(String text, int start, int end, Map<String, Entry> entries) {
    Matcher m = LINE.matcher(text.substring(start, end));
    if (!m.find()) {
      return;
    }
    String source = m.group(2);
    String rest = m.group(3);
    Matcher v = (source.equals("git") ? GIT : HEX).matcher(rest);
    String version = v.find() ? v.group(1) : null;
    TextRange nameRange = TextRange.of(start + m.start(1), start + m.end(1));
    entries.putIfAbsent(m.group(1), new Entry(m.group(1), source, version, nameRange));
  }

  /** Package name to locked version (the commit for git packages); only entries with one. */
  public Map<String, String> versions() {
    Map<String, String> out = new LinkedHashMap<>();
    entries.values().forEach(e -> {
      if (e.version() != null) {
        out.put(e.name(), e.version());
      }
    });
    return out;
  }

  public Map<String, Entry> entries() {
    return entries;
  }

  public Optional<String> version(String name) {
    return Optional.ofNullable(entries.get(name)).map(Entry::version);
  }
}
