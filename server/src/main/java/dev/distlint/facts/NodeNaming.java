package dev.distlint.facts;

import dev.distlint.base.TextRange;
import dev.distlint.base.FileKind;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.envsh.EnvAssignment;
import dev.distlint.syntax.envsh.EnvShFile;
import dev.distlint.syntax.vmargs.VmArgsFile;
import dev.distlint.syntax.vmargs.VmFlag;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the release names its node, from {@code rel/env.sh(.eex)} ({@code RELEASE_DISTRIBUTION},
 * {@code RELEASE_NODE}) and {@code rel/vm.args(.eex)} ({@code -name}/{@code -sname}). Mix
 * releases default to short names ({@code sname}) when nothing says otherwise.
 */
public final class NodeNaming {
  private static final Fact<Naming> OF = Fact.of("node-naming", NodeNaming::read);
  private NodeNaming() {
  }

  /** A setting and where it is written. */
  public record Setting(String value, String path, TextRange range) {
  }

  /**
   * The naming of the workspace's release.
   *
   * @param distribution "name", "sname" or "none"; null when nothing sets it (sname applies)
   * @param node the node name as written (RELEASE_NODE or -name/-sname), or null
   * @param envSh the env script, if any (fixes for naming go there)
   * @param ignoredVmArgsName a {@code -name}/{@code -sname} of vm.args that the Mix release start
   *     script overrides (its own {@code --sname}/{@code --name} comes from RELEASE_DISTRIBUTION,
   *     default sname, unless that is {@code none}), or null
   * @param flyApp the {@code app} of fly.toml, which Fly gives the machines as
   *     {@code FLY_APP_NAME}, or null
   */
  public record Naming(Setting distribution, Setting node, ParsedFile envSh, String releaseName,
      Setting ignoredVmArgsName, String flyApp) {
    public boolean longNames() {
      return distribution != null && distribution.value().equals("name");
    }

    /** The part before '@' with the release name filled in, or null. */
    public String basename() {
      if (node == null) {
        return null;
      }
      int at = separator(node.value());
      String base = at < 0 ? node.value() : node.value().substring(0, at);
      return releaseName == null ? base : base.replace("<%= @release.name %>", releaseName)
          .replace("${RELEASE_NAME}", releaseName).replace("$RELEASE_NAME", releaseName);
    }

    /**
     * The basename with the variables the platform sets from a known value filled in
     * ({@code FLY_APP_NAME} from fly.toml's {@code app}), or null.
     */
    public String resolvedBasename() {
      String base = basename();
      if (base == null || flyApp == null) {
        return base;
      }
      return base.replace("${FLY_APP_NAME}", flyApp).replace("$FLY_APP_NAME", flyApp);
    }

    /** The part after '@' as written, or null. */
    public String host() {
      int at = node == null ? -1 : separator(node.value());
      return at < 0 ? null : node.value().substring(at + 1);
    }

    /** An example of the resulting node name, with typical values for the variables. */
    public String example() {
      if (node == null) {
        return (releaseName == null ? "app" : releaseName) + "@<host>";
      }
      String ex = basename() + (host() == null ? "" : "@" + host());
      for (var e : EXAMPLES.entrySet()) {
        ex = ex.replace(e.getKey(), e.getValue());
      }
      return placeholders(ex);
    }
  }

  /**
   * {@code ${NAME...}} and {@code $NAME} (NAME in capitals and '_') become {@code <NAME>}; other
   * text is kept. One pass: the closing brace is looked up at most once per opening.
   */
  static String placeholders(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int noCloseFrom = Integer.MAX_VALUE;
    int i = 0;
    while (i < s.length()) {
      int name = s.startsWith("${", i) ? i + 2 : s.startsWith("$", i) ? i + 1 : -1;
      int end = name < 0 ? -1 : nameEnd(s, name);
      if (end == name) {
        out.append(s.charAt(i++));
        continue;
      }
      if (name == i + 1) {
        out.append('<').append(s, name, end).append('>');
        i = end;
        continue;
      }
      int close = end >= noCloseFrom ? -1 : s.indexOf('}', end);
      if (close < 0) {
        noCloseFrom = Math.min(noCloseFrom, end);
        out.append(s.charAt(i++));
        continue;
      }
      out.append('<').append(s, name, end).append('>');
      i = close + 1;
    }
    return out.toString();
  }

  private static int nameEnd(String s, int from) {
    int j = from;
    while (j < s.length() && (s.charAt(j) >= 'A' && s.charAt(j) <= 'Z' || s.charAt(j) == '_')) {
      j++;
    }
    return j;
  }

  /**
   * The index of the '@' that separates basename and host in a node name as written, skipping
   * EEx tags ({@code <%= @release.name %>@host}); -1 when there is none.
   */
  public static int separator(String name) {
    int i = 0;
    while (i < name.length()) {
      if (name.startsWith("<%", i)) {
        int close = name.indexOf("%>", i + 2);
        if (close < 0) {
          return -1;
        }
        i = close + 2;
      } else if (name.charAt(i) == '@') {
        return i;
      } else {
        i++;
      }
    }
    return -1;
  }

  private static final Map<String, String> EXAMPLES = new LinkedHashMap<>();

  static {
    EXAMPLES.put("$(hostname -f)", "app-0.app-nodes.default.svc.cluster.local");
    EXAMPLES.put("`hostname -f`", "app-0.app-nodes.default.svc.cluster.local");
    EXAMPLES.put("$(hostname)", "app-0");
    EXAMPLES.put("${POD_IP}", "10.1.2.3");
    EXAMPLES.put("$POD_IP", "10.1.2.3");
    EXAMPLES.put("${POD_A_RECORD}", "10-1-2-3");
    EXAMPLES.put("${NAMESPACE}", "default");
    EXAMPLES.put("${CLUSTER_DOMAIN}", "cluster.local");
    EXAMPLES.put("${FLY_PRIVATE_IP}", "fdaa:0:1a2b:a7b:1::2");
    EXAMPLES.put("${FLY_APP_NAME}", "chat");
    EXAMPLES.put("${FLY_IMAGE_REF##*-}", "01HZX3");
  }

  /** The naming of the workspace (memoised per snapshot). */
  public static Naming of(Workspace ws) {
    return OF.in(ws);
  }

  private static Naming read(Workspace ws) {
    Setting vmDist = null;
    Setting vmNode = null;
    Setting dist = null;
    Setting node = null;
    ParsedFile envFile = null;
    for (ParsedFile f : ws.filesOf(FileKind.VMARGS)) {
      if (f.source().name().startsWith("remote")) {
        continue;
      }
      VmArgsFile v = f.view(ReleaseViews.VM_ARGS);
      for (String flag : List.of("-name", "-sname")) {
        Optional<VmFlag> fl = v.flag(flag);
        if (fl.isPresent()) {
          vmDist = new Setting(flag.equals("-name") ? "name" : "sname", f.path(), fl.get().nameRange());
          vmNode = fl.get().arg(0).map(t -> new Setting(t.value(), f.path(), t.range())).orElse(vmNode);
        }
      }
    }
    for (ParsedFile f : ws.filesOf(FileKind.ENVSH)) {
      EnvShFile env = f.view(ReleaseViews.ENV_SH);
      envFile = envFile == null || f.source().name().endsWith(".eex") ? f : envFile;
      Optional<EnvAssignment> d = env.last("RELEASE_DISTRIBUTION");
      if (d.isPresent()) {
        dist = new Setting(d.get().rawValue().trim(), f.path(), d.get().valueRange());
      }
      Optional<EnvAssignment> n = env.last("RELEASE_NODE");
      if (n.isPresent()) {
        node = new Setting(n.get().rawValue().trim(), f.path(), n.get().valueRange());
      }
    }
    boolean scriptNames = ReleaseScript.isMixRelease(ws)
        && (dist == null || !dist.value().equals("none"));
    if (vmDist != null && scriptNames) {
      return new Naming(dist, node, envFile, releaseName(ws), vmDist, flyApp(ws));
    }
    return new Naming(vmDist != null ? vmDist : dist, vmNode != null ? vmNode : node, envFile,
        releaseName(ws), null, flyApp(ws));
  }

  /** The {@code app} of the workspace's fly.toml, when there is exactly one app. */
  private static String flyApp(Workspace ws) {
    List<String> apps = ws.filesOf(FileKind.FLY).stream()
        .map(f -> f.view(ReleaseViews.FLY).root().getString("app").orElse(null)).distinct().toList();
    return apps.size() == 1 ? apps.get(0) : null;
  }

  /**
   * The first release of the project's mix.exs, else its app name. The project's mix.exs is the
   * shallowest one: an umbrella's root, not one of its apps (whose releases, if any, come next).
   */
  public static String releaseName(Workspace ws) {
    List<ParsedFile> mixes = new ArrayList<>(ElixirViews.mixFiles(ws));
    mixes.sort(java.util.Comparator.comparingLong(
        (ParsedFile f) -> f.path().chars().filter(c -> c == '/').count()));
    for (ParsedFile f : mixes) {
      List<String> names = new ArrayList<>(f.view(ElixirViews.MIX).releases().keySet());
      if (!names.isEmpty()) {
        return names.get(0);
      }
    }
    for (ParsedFile f : mixes) {
      var app = f.view(ElixirViews.MIX).app();
      if (app.isPresent()) {
        return app.get();
      }
    }
    return null;
  }
}
