package dev.distlint.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The root {@code .gitignore}'s patterns, enough to skip what a project ignores: globs with
 * {@code *}, {@code **}, {@code ?}, anchored ({@code /x}) or not, directory-only ({@code x/}),
 * and negation ({@code !x}), the last matching pattern winning.
 */
final class GitIgnore {
  private record Pattern2(Pattern regex, boolean negate, boolean dirOnly) {
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
    for (Pattern2 p : patterns) {
      if (p.dirOnly && !dir) {
        continue;
      }
      if (p.regex.matcher(path).matches()) {
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
    StringBuilder re = new StringBuilder(anchored ? "" : "(?:.*/)?");
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '*' && i + 1 < line.length() && line.charAt(i + 1) == '*') {
        re.append(".*");
        i++;
        if (i + 1 < line.length() && line.charAt(i + 1) == '/') {
          i++;
          re.append("/?");
        }
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return new Pattern2(Pattern.compile(re.toString()), negate, dirOnly);
  }
}
