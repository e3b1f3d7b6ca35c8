package dev.distlint.facts.code;

import dev.distlint.facts.Fact;
import dev.distlint.base.FileKind;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the workspace's Elixir code relies on {@code :global}: {@code {:global, name}}
 * registrations, {@code :global.*} calls, or Oban's Global peer. Comment lines are skipped.
 */
public final class GlobalUsers {
  private static final Fact<String> FIRST_USE =
      Fact.of("global-users", GlobalUsers::computeFirstUse);
  private static final Pattern USE = Pattern.compile(
      "\\{\\s*:global\\s*,|:global\\.\\w|Oban\\.Peers\\.Global");

  private GlobalUsers() {
  }

  /** The first file and use found, or null when nothing uses {@code :global}. */
  public static String firstUse(Workspace ws) {
    return FIRST_USE.in(ws);
  }

  private static String find(String text) {
    Matcher m = USE.matcher(text);
    while (m.find()) {
      int lineStart = text.lastIndexOf('\n', m.start()) + 1;
      String before = text.substring(lineStart, m.start());
      if (!before.contains("#")) {
        String g = m.group();
        return g.startsWith("{") ? "{:global, ...}" : g.startsWith(":") ? g + "..." : g;
      }
    }
    return null;
  }

  private static String computeFirstUse(Workspace w) {
    for (ParsedFile f : w.filesOf(FileKind.EX, FileKind.APP, FileKind.EXS)) {
      String use = find(f.text());
      if (use != null) {
        return use + " in " + f.path();
      }
    }
    return null;
  }
}
