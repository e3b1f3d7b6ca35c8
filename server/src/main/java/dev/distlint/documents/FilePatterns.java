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
    return ALL.matcher(p.substring(0, slash) + p.substring(slash).toLowerCase(Locale.ROOT))
        .matches();
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
