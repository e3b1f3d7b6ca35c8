package dev.distlint.model;

import dev.distlint.documents.FilePatterns;
import dev.distlint.documents.KindRouter;
import dev.distlint.base.FileKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one list of file patterns agrees with the kind router, the CLI and the README's hook. */
class FilePatternsTest {
  static final List<String> READ = List.of("k8s/chat.yaml", "deploy/base/app.yml",
      ".distlint.yaml", "docker-compose.yml", "config/config.exs", "config/prod/extra.exs",
      "apps/web/config/runtime.exs", "mix.exs", "apps/web/mix.exs", "mix.lock",
      "lib/chat/application.ex", "apps/web/lib/web/presence.ex", "rel/vm.args",
      "rel/vm.args.eex", "rel/remote.vm.args.eex", "rel/prod.vm.args", "rel/env.sh",
      "rel/env.sh.eex", "fly.toml", "fly.staging.toml", "FLY.TOML", "Dockerfile",
      "deploy/Dockerfile.prod", "docker-entrypoint.sh", "rel/config.exs");
  static final List<String> SKIPPED = List.of("test/chat_test.exs", "priv/repo/seeds.exs",
      "README.md", "rel/overlays/bin/server", "assets/package.json",
      "config/settings.toml", "test/support/conn_case.ex", "lib/chat/notes.txt");

  @Test
  void patternsMatchWhatTheRouterReads() {
    for (String p : READ) {
      assertTrue(FilePatterns.matches(p), p);
      assertTrue(KindRouter.isCandidate(p), p);
      assertNotEquals(FileKind.UNKNOWN, KindRouter.route(p, "apiVersion: v1\nkind: Pod\n"), p);
    }
    for (String p : SKIPPED) {
      assertTrue(!FilePatterns.matches(p), p);
    }
  }

  @Test
  void cliPrintsTheGlobsAndTheReadmeHookUsesTheRegex() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
    assertEquals(0, Main.run(new String[] {"patterns"}, ps, ps));
    assertEquals(String.join("\n", FilePatterns.GLOBS) + "\n", out.toString(StandardCharsets.UTF_8));
    out.reset();
    assertEquals(0, Main.run(new String[] {"patterns", "--regex"}, ps, ps));
    String regex = out.toString(StandardCharsets.UTF_8).strip();
    String readme = Files.readString(Path.of("../README.md"));
    assertTrue(readme.contains("files: '" + regex + "'"), "README hook uses: " + regex);
    assertEquals(2, Main.run(new String[] {"patterns", "--bogus"}, ps, ps));
  }
}
