package dev.distlint.facts.workloads;

import dev.distlint.base.TextRange;
import dev.distlint.base.FileKind;
import dev.distlint.facts.QuorumWorkloads;
import dev.distlint.model.compose.ComposeService;
import dev.distlint.model.k8s.Container;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.toml.TomlTable;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YNode;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.syntax.yaml.YSeq;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a directory survives a container's replacement on the platforms hosting quorum
 * members: under a mount of a PersistentVolumeClaim (or another durable volume), a named or bind
 * compose volume, or a Fly volume. An unknown volume counts as durable.
 */
public final class Storage {
  /** Kubernetes volume sources whose content goes away with the pod. */
  private static final Set<String> POD_SCOPED = Set.of("emptyDir", "configMap", "secret",
      "downwardAPI", "projected", "ephemeral");

  /** A deployment unit where the directory is not durable, and why. */
  public record Unit(String label, String path, TextRange range, String why) {
  }

  private Storage() {
  }

  public static List<Unit> ephemeral(Workspace ws, String dir) {
    List<Unit> out = new ArrayList<>();
    for (QuorumWorkloads.Host h : QuorumWorkloads.of(ws)) {
      String why = h.workload() != null ? kubernetes(h.workload(), dir) : compose(h.service(), dir);
      if (why != null) {
        TextRange r = h.workload() != null ? h.workload().nameRange()
            : h.service().range(h.service().nameNode());
        out.add(new Unit(h.label(), h.path(), r, why));
      }
    }
    for (ParsedFile f : ws.filesOf(FileKind.FLY)) {
      TomlTable root = f.view(ReleaseViews.FLY).root();
      if (!flyMounted(root, dir)) {
        TextRange r = root.entry("app").map(e -> e.value().range()).orElse(TextRange.at(0));
        out.add(new Unit("the Fly app", f.path(), r, "no [mounts] destination covers " + dir));
      }
    }
    return out;
  }

  static boolean under(String dir, String mount) {
    String m = mount.endsWith("/") && mount.length() > 1 ? mount.substring(0, mount.length() - 1) : mount;
    return dir.equals(m) || dir.startsWith(m.equals("/") ? "/" : m + "/");
  }

  private static String kubernetes(KubeObject w, String dir) {
    String volume = null;
    String best = "";
    for (Container c : w.containers()) {
      YSeq mounts = c.node().seq("volumeMounts");
      for (YNode n : mounts == null ? List.<YNode>of() : mounts.items()) {
        String mp = n instanceof YMap m && m.string("name") != null ? m.string("mountPath") : null;
        if (mp != null && under(dir, mp) && mp.length() > best.length()) {
          best = mp;
          volume = ((YMap) n).string("name");
        }
      }
    }
    if (volume == null) {
      return "no volumeMount covers " + dir;
    }
    YSeq claims = w.spec() == null ? null : w.spec().seq("volumeClaimTemplates");
    for (YNode n : claims == null ? List.<YNode>of() : claims.items()) {
      if (n instanceof YMap m && volume.equals(m.pathMap("metadata") == null ? null
          : m.pathMap("metadata").string("name"))) {
        return null;
      }
    }
    YSeq volumes = w.podSpec() == null ? null : w.podSpec().seq("volumes");
    for (YNode n : volumes == null ? List.<YNode>of() : volumes.items()) {
      if (n instanceof YMap m && volume.equals(m.string("name"))) {
        for (YMap.Entry e : m.entries()) {
          if (POD_SCOPED.contains(e.key().value())) {
            return "volume '" + volume + "' at " + best + " is " + e.key().value();
          }
        }
      }
    }
    return null;
  }

  private static String compose(ComposeService s, String dir) {
    YSeq tmpfs = s.node().seq("tmpfs");
    YSeq volumes = s.node().seq("volumes");
    String best = null;
    boolean durable = false;
    for (YNode n : volumes == null ? List.<YNode>of() : volumes.items()) {
      String target = null;
      boolean isTmpfs = false;
      if (n instanceof YScalar sc) {
        String[] parts = sc.value().split(":");
        target = parts.length >= 2 ? parts[1] : parts[0];
      } else if (n instanceof YMap m) {
        target = m.string("target");
        isTmpfs = "tmpfs".equals(m.string("type"));
      }
      if (target != null && under(dir, target) && (best == null || target.length() > best.length())) {
        best = target;
        durable = !isTmpfs;
      }
    }
    for (YNode n : tmpfs == null ? List.<YNode>of() : tmpfs.items()) {
      String t = n.text() == null ? null : n.text().split(":")[0];
      if (t != null && under(dir, t) && (best == null || t.length() > best.length())) {
        best = t;
        durable = false;
      }
    }
    if (best == null) {
      return "no volume covers " + dir;
    }
    return durable ? null : best + " is a tmpfs";
  }

  private static boolean flyMounted(TomlTable root, String dir) {
    List<TomlTable> mounts = new ArrayList<>(root.getArrayOfTables("mounts"));
    root.getTable("mounts").ifPresent(mounts::add);
    for (TomlTable m : mounts) {
      String dest = m.getString("destination").orElse(null);
      if (dest != null && under(dir, dest)) {
        return true;
      }
    }
    return false;
  }
}
