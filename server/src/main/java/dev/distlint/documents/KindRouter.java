package dev.distlint.documents;

import dev.distlint.base.FileKind;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one place that decides what kind a file is, from its path and a sniff of its content.
 * Nothing else in the code base looks at file names to decide how to treat a file.
 */
public final class KindRouter {
  private static final Pattern K8S_API = Pattern.compile("(?m)^apiVersion:\\s*\\S");
  private static final Pattern K8S_KIND = Pattern.compile("(?m)^kind:\\s*\\S");
  private static final Pattern COMPOSE_SERVICES = Pattern.compile("(?m)^services:\\s*(#.*)?$");
  private static final Pattern COMPOSE_NAME =
      Pattern.compile("(docker-)?compose([.-][\\w.-]+)?\\.ya?ml");
  private static final int SNIFF_CHARS = 64 * 1024;

  private KindRouter() {
  }

  /** Kind from the path alone, or {@code null} when the content must decide (YAML). */
  public static FileKind byPath(String path) {
    String p = path.replace('\\', '/');
    String name = p.substring(p.lastIndexOf('/') + 1);
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals(".distlint.yaml") || lower.equals(".distlint.yml")) {
      return FileKind.DISTLINT_CONFIG;
    }
    if (lower.equals("fly.toml") || (lower.startsWith("fly.") && lower.endsWith(".toml"))) {
      return FileKind.FLY;
    }
    if (lower.equals("mix.exs")) {
      return FileKind.MIX;
    }
    if (lower.equals("mix.lock")) {
      return FileKind.MIX_LOCK;
    }
    if (lower.equals("vm.args") || lower.endsWith("vm.args.eex") || lower.endsWith(".vm.args")) {
      return FileKind.VMARGS;
    }
    if (lower.equals("env.sh") || lower.equals("env.sh.eex")) {
      return FileKind.ENVSH;
    }
    if (lower.equals("dockerfile") || lower.startsWith("dockerfile.")
        || lower.endsWith(".dockerfile")) {
      return FileKind.DOCKERFILE;
    }
    if (lower.equals("entrypoint.sh") || lower.equals("docker-entrypoint.sh")) {
      return FileKind.ENTRYPOINT;
    }
    if (lower.endsWith(".exs")) {
      return inDir(p, "config") ? FileKind.EXS : FileKind.EX;
    }
    if (lower.endsWith(".ex")) {
      return lower.equals("application.ex") ? FileKind.APP : FileKind.EX;
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      if (COMPOSE_NAME.matcher(lower).matches()) {
        return FileKind.COMPOSE;
      }
      return null;
    }
    return FileKind.UNKNOWN;
  }

  /** Kind from path and content. */
  public static FileKind route(String path, CharSequence text) {
    FileKind byPath = byPath(path);
    if (byPath != null) {
      return byPath;
    }
    CharSequence head = text.length() > SNIFF_CHARS ? text.subSequence(0, SNIFF_CHARS) : text;
    if (K8S_API.matcher(head).find() && K8S_KIND.matcher(head).find()) {
      return FileKind.K8S;
    }
    if (COMPOSE_SERVICES.matcher(head).find()) {
      return FileKind.COMPOSE;
    }
    return FileKind.YAML;
  }

  /**
   * True when the file could be one distlint reads, judging by its path alone: it matches
   * {@link FilePatterns}. Of the other Elixir sources only {@code lib/**}{@code /*.ex} are read
   * (cross-file rules look for a few calls there, such as {@code Horde.Cluster.set_members}).
   */
  public static boolean isCandidate(String path) {
    return FilePatterns.matches(path);
  }

  private static boolean inDir(String path, String dir) {
    return path.startsWith(dir + "/") || path.contains("/" + dir + "/");
  }
}
