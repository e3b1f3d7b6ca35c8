package dev.distlint.facts.state;

import dev.distlint.base.FileKind;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The version of a package that {@code mix.lock} pins, for rules whose facts are versioned. */
public final class LockedVersion {
  private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)");

  private LockedVersion() {
  }

  /** {major, minor} of the locked hex version of {@code pkg}, when a lock file pins one. */
  static Optional<int[]> of(Workspace ws, String pkg) {
    for (ParsedFile f : ws.filesOf(FileKind.MIX_LOCK)) {
      Optional<String> v = f.view(ElixirViews.LOCK).version(pkg);
      if (v.isPresent()) {
        Matcher m = VERSION.matcher(v.get());
        if (m.find() && m.group(1).length() < 9 && m.group(2).length() < 9) {
          return Optional.of(new int[] {Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2))});
        }
      }
    }
    return Optional.empty();
  }

  /** True when the lock pins {@code pkg} at {@code major.minor} or later. */
  public static boolean atLeast(Workspace ws, String pkg, int major, int minor) {
    return of(ws, pkg).map(v -> v[0] > major || v[0] == major && v[1] >= minor).orElse(false);
  }
}
