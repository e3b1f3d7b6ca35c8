package dev.distlint.documents;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one list of file patterns distlint reads, as LSP globs. The server registers its file
 * watchers from it and announces it in its initialize result, {@code distlint patterns} prints it
 * for editor clients and commit hooks, and a test keeps it in step with {@link KindRouter}.
 */
public final class FilePatterns {
  /** Globs relative to a workspace folder, in the syntax of LSP {@code GlobPattern}. */
  public static final List<String> GLOBS = List.of(
      "**/*.{yaml,yml}",
      "**/config/**/*.exs",
      "**/mix.{exs,lock}",
      "**/lib/**/*.ex",
      "**/{vm.args,*.vm.args,*vm.args.eex}",
      "**/{env.sh,env.sh.eex}",
      "**/{fly.toml,fly.*.toml}",
      "**/rel/config.exs",
      "**/{Dockerfile,dockerfile}{,.*}",
      "**/*.dockerfile",
      "**/{entrypoint.sh,docker-entrypoint.sh}");

  private static final Pattern ALL = Pattern.compile(regex());

  private FilePatterns() {
  }

  /** True when a relative path (forward slashes) matches one of the globs. */
  public static boolean matches(String relativePath) {
    String p = relativePath.replace('\\', '/');
    int slash = p.lastIndexOf('/') + 1;
    String dirs = p.substring(0, slash);
    String name = p.substring(slash).toLowerCase(Locale.ROOT);
    return lineBreakIn(dirs) ? byRegex(dirs + name) : byName(dirs, name);
  }

  /** The globs as one regular expression (the definition {@link #byName} follows). */
  static boolean byRegex(String path) {
    return ALL.matcher(path).matches();
  }

  /**
   * The globs tested on the folders ({@code ""} or ending with '/') and the lower-cased name
   * directly, for a path whose folders hold no line break (where the regular expression's
   * {@code .} stops): what every file of a scan is asked, without a regular expression.
   */
  static boolean byName(String dirs, String name) {
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return true;
    }
    if (name.endsWith(".exs") && hasFolder(dirs, "config")) {
      return true;
    }
    if (name.endsWith(".ex") && hasFolder(dirs, "lib")) {
      return true;
    }
    return switch (name) {
      case "mix.exs", "mix.lock", "vm.args", "env.sh", "env.sh.eex", "fly.toml", "dockerfile",
          "entrypoint.sh", "docker-entrypoint.sh" -> true;
      case "config.exs" -> dirs.equals("rel/") || dirs.endsWith("/rel/");
      default -> name.endsWith(".vm.args") || name.endsWith("vm.args.eex")
          || (name.length() >= "fly..toml".length() && name.startsWith("fly.")
              && name.endsWith(".toml"))
          || name.startsWith("dockerfile.") || name.endsWith(".dockerfile");
    };
  }

  /** Whether a folder of {@code dirs} (empty, or ending with '/') is named {@code folder}. */
  private static boolean hasFolder(String dirs, String folder) {
    int at = dirs.indexOf(folder + "/");
    while (at >= 0) {
      if (at == 0 || dirs.charAt(at - 1) == '/') {
        return true;
      }
      at = dirs.indexOf(folder + "/", at + 1);
    }
    return false;
  }

  /** Whether {@code s} holds a character the regular expression's {@code .} does not match. */
  private static boolean lineBreakIn(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /** One regular expression equivalent to the globs, anchored at both ends. */
  public static String regex() {
    StringBuilder out = new StringBuilder("^(");
    for (int i = 0; i < GLOBS.size(); i++) {
      out.append(i == 0 ? "" : "|").append(toRegex(GLOBS.get(i)));
    }
    return out.append(")$").toString();
  }

  /** A glob as a regular expression: {@code **}{@code /} any folders, {@code *} within a name. */
  static String toRegex(String glob) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (glob.startsWith("**/", i)) {
        out.append("(.*/)?");
        i += 2;
      } else if (c == '*') {
        out.append("[^/]*");
      } else if (c == '{') {
        out.append("(");
      } else if (c == '}') {
        out.append(")");
      } else if (c == ',') {
        out.append("|");
      } else if (c == '.') {
        out.append("\\.");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
