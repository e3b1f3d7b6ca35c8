package dev.distlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder the scan cannot list is left out, named in a warning, and the run exits 2 (its result
 * is incomplete); the rest of the tree is still read. Permissions do not stop root, so as root
 * the jar runs as user nobody.
 */
class UnlistableFolderIT {
  @TempDir
  Path tmp;

  @Test
  void aFolderThatCannotBeListedIsNamedAndTheRestIsRead() throws Exception {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    Path locked = Files.createDirectories(repo.resolve("locked/k8s"));
    Files.writeString(locked.resolve("a.yaml"), "a: 1\n");
    Files.writeString(Files.createDirectories(repo.resolve("k8s")).resolve("cm.yaml"), """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        """);
    for (Path p : List.of(tmp, repo, repo.resolve(".git"), repo.resolve("k8s"),
        repo.resolve("k8s/cm.yaml"))) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
          Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
    }
    Files.setPosixFilePermissions(repo.resolve("locked"), PosixFilePermissions.fromString("---------"));
    try {
      List<String> cmd = new ArrayList<>();
      if ("root".equals(System.getProperty("user.name"))) {
        cmd.addAll(List.of("runuser", "-u", "nobody", "--"));
        Files.setPosixFilePermissions(Jar.JAR, PosixFilePermissions.fromString("rw-r--r--"));
      }
      cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:off", "-jar", Jar.JAR.toString(),
          "check", ".", "--format", "json"));
      Jar.Result r = Jar.exec(repo, null, cmd);
      assertTrue(r.err().contains("cannot read") && r.err().contains("locked"), r.code() + " err: " + r.err() + " out: " + r.out());
      assertTrue(r.out().replace(" ", "").contains("\"files\":1"), "the rest is read: " + r.out());
      assertEquals(2, r.code(), r.err());
    } finally {
      Files.setPosixFilePermissions(repo.resolve("locked"), PosixFilePermissions.fromString("rwx------"));
    }
  }
}
