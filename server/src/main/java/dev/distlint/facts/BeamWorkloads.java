package dev.distlint.facts;

import dev.distlint.base.FileKind;
import dev.distlint.model.compose.ComposeFile;
import dev.distlint.model.compose.ComposeService;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.documents.ParsedFile;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.workspace.Workspace;
import dev.distlint.model.k8s.Container;
import dev.distlint.model.k8s.KubeObject;
import java.util.Set;

/**
 * Recognises the workloads that run BEAM release nodes, from what their manifests show: release
 * environment variables, Erlang flags, or the epmd port; with the workspace, also an Elixir or
 * Erlang image, or an image named after the project's Mix application (the project link).
 * Compose services count by their environment alone.
 */
public final class BeamWorkloads {
  /** The app names of the workspace's mix projects, lower-cased. */
  private static final Fact<Set<String>> MIX_APPS = Fact.of("mix-apps", BeamWorkloads::mixApps);
  private static final Set<String> ERLANG_ENV = Set.of("ERL_AFLAGS", "ERL_ZFLAGS",
      "ELIXIR_ERL_OPTIONS", "ERLANG_COOKIE");
  /** Last path segment of the official and common Elixir and Erlang images. */
  private static final Set<String> BEAM_IMAGES = Set.of("elixir", "erlang", "alpine-elixir",
      "alpine-erlang");

  private BeamWorkloads() {
  }

  public static boolean isBeam(KubeObject workload) {
    for (Container c : workload.containers()) {
      if (isBeam(c)) {
        return true;
      }
    }
    return false;
  }

  /** As {@link #isBeam(KubeObject)}, also accepting image evidence. */
  public static boolean isBeam(KubeObject workload, Workspace ws) {
    for (Container c : workload.containers()) {
      if (isBeam(c) || runsBeamImage(c, ws)) {
        return true;
      }
    }
    return false;
  }

  /** A workload image that is an Elixir or Erlang image, or is named after the Mix app. */
  static boolean runsBeamImage(Container c, Workspace ws) {
    YScalar imageNode = c.node().scalar("image");
    return isBeamImage(imageNode == null ? null : imageNode.value(), ws);
  }

  /** Whether an image reference names an Elixir or Erlang image, or one named after the Mix app. */
  public static boolean isBeamImage(String image, Workspace ws) {
    if (image == null || image.isBlank()) {
      return false;
    }
    String repo = ComposeService.repository(image.strip()).toLowerCase(java.util.Locale.ROOT);
    String last = repo.substring(repo.lastIndexOf('/') + 1);
    if (BEAM_IMAGES.contains(last)) {
      return true;
    }
    return MIX_APPS.in(ws).stream()
        .anyMatch(app -> last.equals(app) || last.equals(app.replace('_', '-')));
  }

  private static Set<String> mixApps(Workspace ws) {
    Set<String> apps = new java.util.HashSet<>();
    for (ParsedFile f : ws.filesOf(FileKind.MIX)) {
      f.view(ElixirViews.MIX).app().ifPresent(a -> apps.add(a.toLowerCase(java.util.Locale.ROOT)));
    }
    return apps;
  }

  /** Any sign of a BEAM system: Elixir or release files, or a BEAM workload or service. */
  public static boolean presentIn(Workspace ws) {
    if (!ws.filesOf(FileKind.MIX, FileKind.EXS, FileKind.APP, FileKind.EX, FileKind.VMARGS,
        FileKind.ENVSH, FileKind.MIX_LOCK).isEmpty()) {
      return true;
    }
    for (KubeObject o : KubeObjects.all(ws)) {
      if (o.isWorkload() && isBeam(o, ws)) {
        return true;
      }
    }
    return ComposeFile.all(ws).stream().anyMatch(BeamWorkloads::isBeam);
  }

  public static boolean isBeam(Container c) {
    return c.node().derived(BEAM_CONTAINER, BeamWorkloads::isBeamContainer);
  }

  private static final Object BEAM_CONTAINER = new Object();

  /** Whether a container's map sets a release or Erlang variable or declares an epmd port. */
  private static boolean isBeamContainer(YMap node) {
    for (Container.EnvVar e : Container.env(node)) {
      if (e.name().startsWith("RELEASE_") || e.name().startsWith("ERL_")
          || ERLANG_ENV.contains(e.name())) {
        return true;
      }
    }
    for (Container.Port p : Container.ports(node)) {
      if (DistPorts.isEpmd(p.number()) || (p.name() != null && p.name().contains("epmd"))) {
        return true;
      }
    }
    return false;
  }

  /** A compose service that sets a release or Erlang environment variable. */
  public static boolean isBeam(ComposeService s) {
    for (ComposeService.EnvEntry e : s.environment("")) {
      if (e.name().startsWith("RELEASE_") || e.name().startsWith("ERL_")
          || ERLANG_ENV.contains(e.name())) {
        return true;
      }
    }
    return false;
  }
}
