package dev.distlint.facts;

import dev.distlint.base.FileKind;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.view.MixDependency;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which version of a library a file's project uses, for rules that apply to some versions only:
 * the version locked in the nearest {@code mix.lock}; else the range the nearest {@code mix.exs}
 * allows ({@code "~> 1.4.9"} is below 1.5, {@code "~> 1.4"} is not), or the {@code branch:} or
 * {@code tag:} of a git dependency ({@code "v1.4"}). Unknown versions never count as outside a
 * range, so a rule stays as it was when nothing is known.
 */
public final class LibraryVersions {
  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");
  private static final Pattern PESSIMISTIC = Pattern.compile("^\\s*~>\\s*(\\d+)\\.(\\d+)(\\.(\\d+))?\\s*$");
  private static final Pattern EXACT = Pattern.compile("^\\s*==\\s*(\\d+\\.\\d+(?:\\.\\d+)?)\\s*$");

  private LibraryVersions() {
  }

  /** True only when the project of {@code path} is known to use {@code dep} below {@code version}. */
  public static boolean knownBelow(Workspace ws, String path, String dep, int... version) {
    ParsedFile lock = NearestFile.of(ws, FileKind.MIX_LOCK, path);
    if (lock != null) {
      Optional<String> locked = lock.view(ElixirViews.LOCK).version(dep);
      Optional<int[]> v = locked.flatMap(LibraryVersions::parse);
      if (v.isPresent()) {
        return compare(v.get(), version) < 0;
      }
    }
    ParsedFile mix = NearestFile.of(ws, FileKind.MIX, path);
    if (mix == null) {
      return false;
    }
    Optional<MixDependency> d = mix.view(ElixirViews.MIX).dep(dep);
    return d.flatMap(LibraryVersions::upperBound).map(u -> compare(u, version) <= 0).orElse(false);
  }

  /** The first version a dependency declaration excludes from above, when it has one. */
  private static Optional<int[]> upperBound(MixDependency d) {
    if (d.requirement() != null) {
      Matcher m = PESSIMISTIC.matcher(d.requirement());
      if (m.matches()) {
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        return Optional.of(m.group(4) == null ? new int[] {major + 1, 0, 0}
            : new int[] {major, minor + 1, 0});
      }
      Matcher e = EXACT.matcher(d.requirement());
      return e.matches() ? parse(e.group(1)).map(LibraryVersions::next) : Optional.empty();
    }
    for (String ref : new String[] {"tag", "branch"}) {
      Optional<String> v = d.option(ref).flatMap(ExNode::asStringValue);
      Optional<int[]> p = v.flatMap(LibraryVersions::parse);
      if (p.isPresent()) {
        int[] x = p.get();
        return Optional.of(ref.equals("tag") ? next(x) : new int[] {x[0], x[1] + 1, 0});
      }
    }
    return Optional.empty();
  }

  private static int[] next(int[] v) {
    return new int[] {v[0], v[1], v[2] + 1};
  }

  private static Optional<int[]> parse(String text) {
    Matcher m = VERSION.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        m.group(3) == null ? 0 : Integer.parseInt(m.group(3))});
  }

  private static int compare(int[] a, int[] b) {
    int[] x = Arrays.copyOf(a, 3);
    int[] y = Arrays.copyOf(b, 3);
    return Arrays.compare(x, y);
  }
}
