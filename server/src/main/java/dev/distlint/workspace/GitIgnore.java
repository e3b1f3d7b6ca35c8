package dev.distlint.workspace;

import dev.distlint.settings.PathGlob;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The root {@code .gitignore}'s patterns, enough to skip what a project ignores: globs with
 * {@code *}, {@code **}, {@code ?}, anchored ({@code /x}) or not, directory-only ({@code x/}),
 * and negation ({@code !x}), the last matching pattern winning. Matching is linear (see
 * {@link PathGlob}): a repository's {@code .gitignore} is untrusted input.
 */
final class GitIgnore {
  private record Pattern2(PathGlob glob, boolean negate, boolean dirOnly) {
  }

  private final List<Pattern2> patterns;

  private GitIgnore(List<Pattern2> patterns) {
    this.patterns = patterns;
  }

  static GitIgnore load(Path root) {
    Path f = root.resolve(".gitignore");
    List<Pattern2> out = new ArrayList<>();
    if (Files.isRegularFile(f)) {
      try {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          Pattern2 p = compile(line);
          if (p != null) {
            out.add(p);
          }
        }
      } catch (IOException e) {
        // An unreadable .gitignore ignores nothing.
      }
    }
    return new GitIgnore(out);
  }

  /** {@code rel} uses forward slashes; directories end with '/'. */
  boolean ignored(String rel) {
    boolean dir = rel.endsWith("/");
    String path = dir ? rel.substring(0, rel.length() - 1) : rel;
    boolean ignored = false;
    String[] segments = null;
    for (Pattern2 p : patterns) {
      if (p.dirOnly && !dir) {
        continue;
      }
      if (segments == null) {
        segments = path.split("/", -1);
      }
      if (p.glob.matchesSegments(segments)) {
        ignored = !p.negate;
      }
    }
    return ignored;
  }

  private static Pattern2 compile(String raw) {
    String line = raw.strip();
    if (line.isEmpty() || line.startsWith("#")) {
      return null;
    }
    boolean negate = line.startsWith("!");
    if (negate) {
      line = line.substring(1);
    }
    boolean dirOnly = line.endsWith("/");
    if (dirOnly) {
      line = line.substring(0, line.length() - 1);
    }
    boolean anchored = line.startsWith("/") || line.contains("/");
    if (line.startsWith("/")) {
      line = line.substring(1);
    }
    return new Pattern2(PathGlob.of(anchored ? line : "**/" + line), negate, dirOnly);
  }
}
