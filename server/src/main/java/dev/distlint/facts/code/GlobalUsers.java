package dev.distlint.facts.code;

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
  private static final Pattern USE = Pattern.compile(
      "\\{\\s*:global\\s*,|:global\\.\\w|Oban\\.Peers\\.Global");

  private GlobalUsers() {
  }

  /** The first file and use found, or null when nothing uses {@code :global}. */
  /** Memoised per workspace snapshot: rules ask for it once per file. */
  public static String firstUse(Workspace ws) {
    return ws.fact("GlobalUsers.firstUse", GlobalUsers::firstUseUncached);
  }

  private static String firstUseUncached(Workspace ws) {
    return ws.fact("global-users", w -> {
      for (ParsedFile f : w.filesOf(FileKind.EX, FileKind.APP, FileKind.EXS)) {
        String use = find(f.text());
        if (use != null) {
          return use + " in " + f.path();
        }
      }
      return null;
    });
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
}
