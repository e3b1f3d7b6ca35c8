package dev.distlint.facts;

import dev.distlint.model.compose.ComposeService;
import dev.distlint.model.k8s.Container;
import dev.distlint.model.k8s.KubeObject;
import java.util.Set;

/**
 * Recognises the workloads that run BEAM release nodes, from what their manifests show: release
 * environment variables, Erlang flags, or the epmd port. Compose services count by their
 * environment alone.
 */
public final class BeamWorkloads {
  private static final Set<String> ERLANG_ENV = Set.of("ERL_AFLAGS", "ERL_ZFLAGS",
      "ELIXIR_ERL_OPTIONS", "ERLANG_COOKIE");

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

  public static boolean isBeam(Container c) {
    for (Container.EnvVar e : c.env()) {
      if (e.name().startsWith("RELEASE_") || ERLANG_ENV.contains(e.name())) {
        return true;
      }
    }
    for (Container.Port p : c.ports()) {
      if (DistPorts.isEpmd(p.number()) || (p.name() != null && p.name().contains("epmd"))) {
        return true;
      }
    }
    return false;
  }

  /** A compose service that sets a release or Erlang environment variable. */
  public static boolean isBeam(ComposeService s) {
    for (ComposeService.EnvEntry e : s.environment("")) {
      if (e.name().startsWith("RELEASE_") || ERLANG_ENV.contains(e.name())) {
        return true;
      }
    }
    return false;
  }
}
