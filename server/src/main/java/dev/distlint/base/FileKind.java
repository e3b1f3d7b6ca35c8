package dev.distlint.base;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file distlint understands. The short names are those the rule docs use. */
public enum FileKind {
  K8S("k8s"), COMPOSE("compose"), YAML("yaml"), EXS("exs"), APP("app"), MIX("mix"),
  MIX_LOCK("mixlock"), VMARGS("vmargs"), ENVSH("envsh"), FLY("fly"), EX("ex"),
  DOCKERFILE("dockerfile"), ENTRYPOINT("entrypoint"),
  DISTLINT_CONFIG("distlint-config"), UNKNOWN("unknown");

  private final String shortName;

  FileKind(String shortName) {
    this.shortName = shortName;
  }

  public String shortName() {
    return shortName;
  }

  public boolean isYaml() {
    return this == K8S || this == COMPOSE || this == YAML || this == DISTLINT_CONFIG;
  }

  public boolean isElixir() {
    return this == EXS || this == APP || this == MIX || this == EX;
  }

  public static Optional<FileKind> byShortName(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    for (FileKind k : values()) {
      if (k.shortName.equals(n)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
