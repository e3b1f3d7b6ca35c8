package dev.distlint.model.release;

import dev.distlint.base.FileKind;
import dev.distlint.base.FileKind;
import dev.distlint.syntax.docker.DockerfileEnv;
import dev.distlint.syntax.envsh.EnvShFile;
import dev.distlint.syntax.envsh.EnvShParser;
import dev.distlint.syntax.toml.TomlDocument;
import dev.distlint.syntax.toml.TomlParser;
import dev.distlint.syntax.vmargs.VmArgsFile;
import dev.distlint.syntax.vmargs.VmArgsParser;
import dev.distlint.documents.View;

/** Release and platform front ends as per-file views; empty for other kinds. */
public final class ReleaseViews {
  public static final View<VmArgsFile> VM_ARGS = View.of("vm-args",
      f -> VmArgsParser.parse(f.kind() == FileKind.VMARGS && !f.tooLarge() ? f.text() : ""));
  public static final View<EnvShFile> ENV_SH = View.of("env-sh",
      f -> EnvShParser.parse(f.kind() == FileKind.ENVSH && !f.tooLarge() ? f.text() : ""));
  /** A container entry-point script, read with the env script's front end. */
  public static final View<EnvShFile> ENTRYPOINT = View.of("entrypoint-sh",
      f -> EnvShParser.parse(f.kind() == FileKind.ENTRYPOINT && !f.tooLarge() ? f.text() : ""));
  public static final View<DockerfileEnv> DOCKERFILE = View.of("dockerfile-env",
      f -> f.kind() == FileKind.DOCKERFILE && !f.tooLarge() ? DockerfileEnv.parse(f.text())
          : DockerfileEnv.EMPTY);
  public static final View<TomlDocument> FLY = View.of("fly-toml",
      f -> TomlParser.parse(f.kind() == FileKind.FLY && !f.tooLarge() ? f.text() : ""));

  private ReleaseViews() {
  }
}
