package dev.distlint.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk on every core finds the files, texts and notices of the one-thread walk, in its order:
 * nested folders, names beyond ASCII, links to files and folders, ignored and empty folders.
 */
class WalkOrderTest {
  @TempDir
  Path tmp;

  private static List<String> scan(Path root, boolean sequential) throws IOException {
    List<String> out = new ArrayList<>();
    if (sequential) {
      System.setProperty("distlint.threads", "1");
    }
    try {
      for (WorkspaceLoader.LoadedFile f : WorkspaceLoader.scan(root, Settings.DEFAULT, () -> false,
          n -> out.add("notice " + n))) {
        out.add(f.relative() + " " + f.absolute() + " " + f.text());
      }
    } finally {
      System.clearProperty("distlint.threads");
    }
    return out;
  }

  @Test
  void theOrderOfTheOneThreadWalk() throws IOException {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    Files.writeString(repo.resolve(".gitignore"), "ignored/\n");
    Files.writeString(repo.resolve("mix.exs"), "defmodule A.MixProject do\nend\n");
    for (int i = 0; i < 12; i++) {
      Path k8s = Files.createDirectories(repo.resolve("deploy/env" + i + "/k8s"));
      Files.writeString(k8s.resolve("svc.yaml"), "kind: Service # " + i + "\n");
      Files.writeString(k8s.resolve("sts-é-🚀.yaml"), "kind: StatefulSet # " + i + "\n");
      Files.writeString(repo.resolve("deploy/env" + i + "/fly.toml"), "app = \"a" + i + "\"\n");
      Files.createDirectories(repo.resolve("deploy/env" + i + "/empty"));
    }
    Files.writeString(Files.createDirectories(repo.resolve("ignored")).resolve("x.yaml"), "a: 1\n");
    Files.writeString(Files.createDirectories(repo.resolve("config")).resolve("runtime.exs"),
        "import Config\n");
    Files.writeString(repo.resolve("config/empty.exs"), "");
    Files.createSymbolicLink(repo.resolve("config/linked.exs"), repo.resolve("config/runtime.exs"));
    Files.createSymbolicLink(repo.resolve("linked-deploy"), repo.resolve("deploy"));

    List<String> parallel = scan(repo, false);
    List<String> sequential = scan(repo, true);
    assertTrue(parallel.size() > 36, parallel.toString());
    assertTrue(parallel.stream().anyMatch(s -> s.contains("sts-é-🚀.yaml")), parallel.toString());
    assertTrue(parallel.stream().noneMatch(s -> s.startsWith("ignored/")), parallel.toString());
    assertEquals(sequential, parallel);
  }
}
