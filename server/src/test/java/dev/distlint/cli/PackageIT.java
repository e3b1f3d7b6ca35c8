package dev.distlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release archive installs by unpacking and linking its launcher onto PATH. */
class PackageIT {
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  @Test
  void archiveLauncherWorksThroughASymlinkFromAnotherDirectory(@TempDir Path dir)
      throws Exception {
    Jar.Result pack = Jar.exec(REPO, null, List.of("bin/package", "--no-build", "--out",
        dir.resolve("dist").toString()));
    assertEquals(0, pack.code(), pack.err());
    Path archive = Path.of(pack.out().strip());
    assertTrue(Files.isRegularFile(archive), pack.out());
    Path opt = Files.createDirectories(dir.resolve("opt"));
    assertEquals(0, Jar.exec(opt, null, List.of("tar", "-xzf", archive.toString())).code());
    String name = archive.getFileName().toString().replace(".tar.gz", "");
    Path release = opt.resolve(name);
    for (String f : List.of("bin/distlint", "lib/distlint.jar", "LICENSE", "README.md",
        "clients/README.md", "clients/emacs/distlint.el", "lib/rules/dist/dist-cookie-literal.md")) {
      assertTrue(Files.exists(release.resolve(f)), f + " is in the archive");
    }
    assertTrue(Files.readString(release.resolve("LICENSE")).contains("Apache License"));

    Path onPath = Files.createDirectories(dir.resolve("home/.local/bin"));
    Files.createSymbolicLink(onPath.resolve("distlint"),
        onPath.relativize(release.resolve("bin/distlint")));
    Path elsewhere = Jar.examples(dir);
    String launcher = onPath.resolve("distlint").toString();
    // No start-up cache: it would be made for a jar this test deletes.
    Jar.Result v = Jar.exec(elsewhere, null, List.of("env", "DISTLINT_STARTUP_CACHE=off", launcher,
        "--version"));
    assertEquals(0, v.code(), v.err());
    assertEquals("distlint " + name.substring("distlint-".length()), v.out().strip());
    Jar.Result check = Jar.exec(elsewhere, null, List.of("env", "DISTLINT_STARTUP_CACHE=off",
        launcher, "check", "k8s/chat.yaml", "--fail-on", "never"));
    assertEquals(0, check.code(), check.err());
    assertTrue(check.out().contains("k8s/chat.yaml:"), check.out());
  }

  @Test
  void dockerfileBuildsAnImageThatChecks(@TempDir Path dir) throws Exception {
    String reason = dockerUnavailable();
    if (reason != null) {
      System.out.println("Dockerfile test skipped: " + reason);
    }
    Assumptions.assumeTrue(reason == null, reason);
    Jar.Result pack = Jar.exec(REPO, null, List.of("bin/package", "--no-build"));
    assertEquals(0, pack.code(), pack.err());
    Jar.Result build = Jar.exec(REPO, null, List.of("docker", "build", "-q", "-t",
        "distlint:test", "."));
    assertEquals(0, build.code(), build.err());
    Path root = Jar.examples(dir);
    Jar.Result run = Jar.exec(root, null, List.of("docker", "run", "--rm", "-v",
        root + ":/src", "distlint:test", "check", ".", "--fail-on", "never"));
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("k8s/chat.yaml:"), run.out());
  }

  /** Why docker cannot be used here, or null when a daemon answers. */
  private static String dockerUnavailable() {
    try {
      Jar.Result info = Jar.exec(REPO, null, List.of("docker", "info"));
      return info.code() == 0 ? null : "no docker daemon answers (docker info failed)";
    } catch (java.io.IOException e) {
      return "no docker command on PATH";
    } catch (Exception e) {
      return "docker info did not finish: " + e.getMessage();
    }
  }
}
