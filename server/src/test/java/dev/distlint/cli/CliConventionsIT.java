package dev.distlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line behaves like its peers': help, option spellings, plurals, honest notices. */
class CliConventionsIT {
  static final String NGINX = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 3
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
              - name: nginx
                image: nginx:1.27
                ports:
                  - containerPort: 80
                livenessProbe:
                  httpGet: {path: /, port: 80}
                readinessProbe:
                  httpGet: {path: /, port: 80}
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        type: NodePort
        selector: {app: web}
        ports:
          - port: 80
      """;

  /** Language clients add --stdio and --clientProcessId on their own (VS Code's does). */
  @Test
  void lspAcceptsTheFlagsClientsAdd(@TempDir Path dir) throws Exception {
    String init = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
        + "\"params\":{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}}";
    String shutdown = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}";
    String exit = "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}";
    StringBuilder in = new StringBuilder();
    for (String m : new String[] {init, shutdown, exit}) {
      in.append("Content-Length: ").append(m.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
          .append("\r\n\r\n").append(m);
    }
    for (String[] flags : new String[][] {{"--stdio"}, {"--stdio", "--clientProcessId", "42"},
        {"--clientProcessId=42", "--stdio"}}) {
      String[] args = new String[flags.length + 1];
      args[0] = "lsp";
      System.arraycopy(flags, 0, args, 1, flags.length);
      Jar.Result r = Jar.runWithInput(dir, in.toString(), args);
      assertTrue(r.out().contains("\"capabilities\""), String.join(" ", args) + ": " + r.out() + r.err());
      assertEquals(0, r.code(), r.err());
    }
    Jar.Result socket = Jar.run(dir, "lsp", "--socket=5007");
    assertEquals(2, socket.code());
    assertTrue(socket.err().contains("standard input and output only"), socket.err());
    assertEquals(2, Jar.run(dir, "lsp", "--clientProcessId").code());
  }

  @Test
  void everyCommandHasHelp(@TempDir Path dir) throws Exception {
    for (String cmd : new String[] {"check", "review", "explain", "rules", "lsp"}) {
      for (String flag : new String[] {"--help", "-h"}) {
        Jar.Result r = Jar.run(dir, cmd, flag);
        assertEquals(0, r.code(), cmd + " " + flag + ": " + r.err());
        assertTrue(r.out().startsWith("Usage: distlint " + cmd), r.out());
      }
    }
    Jar.Result check = Jar.run(dir, "check", "--help");
    assertTrue(check.out().contains("hint"), "--fail-on levels include hint");
    assertEquals(0, Jar.run(dir, "--help").code());
  }

  @Test
  void versionAndOptionsWithEquals(@TempDir Path dir) throws Exception {
    Jar.Result v = Jar.run(dir, "--version");
    assertEquals(0, v.code());
    assertTrue(v.out().matches("distlint \\d+\\.\\d+\\.\\d+\\R"), v.out());
    Path root = Jar.examples(dir);
    Jar.Result r = Jar.run(root, "check", ".", "--format=json", "--fail-on=never");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("{"), r.out());
    assertEquals(1, Jar.run(root, "check", "--fail-on=error").code());
    assertEquals(0, Jar.run(root, "rules", "--format=json").code());
    Jar.Result bad = Jar.run(root, "check", "--format=yaml");
    assertEquals(2, bad.code());
    assertEquals(1, bad.errLines().size(), bad.err());
    assertEquals(2, Jar.run(root, "check", "--quiet=yes").code());
  }

  @Test
  void summaryUsesCorrectPlurals(@TempDir Path dir) throws Exception {
    Path rel = Files.createDirectories(dir.resolve("rel"));
    Files.writeString(dir.resolve("mix.exs"), "defmodule Chat.MixProject do\nend\n");
    Files.writeString(rel.resolve("vm.args"), "-kernel net_ticktime 3\n");
    Jar.Result r = Jar.run(dir, "check", "rel/vm.args", "--fail-on", "never");
    String summary = r.out().lines().reduce((a, b) -> b).orElse("");
    assertEquals("2 problems (0 errors, 2 warnings, 0 info, 0 hints) in 1 file.", summary,
        r.out());
    Files.writeString(rel.resolve("vm.args"), "-kernel net_ticktime 60\n");
    r = Jar.run(dir, "check", "rel/vm.args");
    assertEquals("No problems found in 1 file.\n", r.out());
  }

  @Test
  void noReadableFileIsSaidOnce(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "nothing to lint\n");
    Jar.Result r = Jar.run(dir, "check", ".");
    assertEquals(0, r.code());
    assertEquals("", r.out());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().startsWith("distlint: no file distlint reads in ."), r.err());
  }

  @Test
  void reviewSaysWhenThereIsNoBeamProject(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("web.yaml"), NGINX);
    Jar.Result r = Jar.run(dir, "review", ".");
    assertEquals(0, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().contains("no BEAM project"), r.err());
    Jar.Result ex = Jar.run(Jar.examples(dir), "review");
    assertTrue(ex.out().startsWith("# Cluster review"), ex.out());
  }

  @Test
  void plainNginxDeploymentGetsNoBeamFinding(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("web.yaml"), NGINX);
    Jar.Result r = Jar.run(dir, "check", ".");
    assertEquals(0, r.code(), r.out());
    assertEquals("No problems found in 1 file.\n", r.out());
  }

  @Test
  void explainSuggestsTheNearestRuleId(@TempDir Path dir) throws Exception {
    Jar.Result r = Jar.run(dir, "explain", "dist-cokie-literal");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("did you mean 'dist-cookie-literal'?"), r.err());
    r = Jar.run(dir, "explain", "pdb-allows-quorum-loss");
    assertTrue(r.err().contains("did you mean 'k8s-pdb-allows-quorum-loss'?"), r.err());
    assertEquals(0, Jar.run(dir, "explain", "dist-cookie-literal").code());
  }

  @Test
  void stdinIsCheckedUnderItsProjectPath(@TempDir Path dir) throws Exception {
    Path root = Jar.examples(dir);
    String edited = Files.readString(root.resolve("k8s/chat.yaml"))
        .replace("maxUnavailable: 2", "maxUnavailable: 1");
    Jar.Result r = Jar.runWithInput(root, edited, "check", "--stdin", "--stdin-filename",
        "k8s/chat.yaml", "--fail-on", "never");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("k8s/chat.yaml:"), r.out());
    assertFalse(r.out().contains("k8s-pdb-allows-quorum-loss"), r.out());
    Jar.Result disk = Jar.run(root, "check", "k8s/chat.yaml", "--fail-on", "never");
    assertTrue(disk.out().contains("k8s-pdb-allows-quorum-loss"), disk.out());
  }

  @Test
  void diffShowsFixesWithoutWritingAndFixNamesTheFiles(@TempDir Path dir) throws Exception {
    Path root = Jar.examples(dir);
    String before = Files.readString(root.resolve("k8s/chat.yaml"));
    Jar.Result diff = Jar.run(root, "check", "--diff");
    assertEquals(1, diff.code(), diff.err());
    assertTrue(diff.out().contains("--- a/k8s/chat.yaml\n+++ b/k8s/chat.yaml\n@@ -"), diff.out());
    assertTrue(diff.out().contains("\n-      terminationGracePeriodSeconds: 45\n"
        + "+      terminationGracePeriodSeconds: 55\n"), diff.out());
    assertEquals(before, Files.readString(root.resolve("k8s/chat.yaml")));

    Jar.Result fix = Jar.run(root, "check", "--fix", "--fail-on", "never");
    assertTrue(fix.err().contains("distlint: fixed k8s/chat.yaml (2 fixes)\n"), fix.err());
    assertTrue(fix.err().contains("distlint: fixed fly.toml (1 fix)\n"), fix.err());
    assertTrue(Files.readString(root.resolve("k8s/chat.yaml"))
        .contains("terminationGracePeriodSeconds: 55"));
    Jar.Result again = Jar.run(root, "check", "--diff");
    assertEquals(0, again.code(), again.out());
    assertEquals("", again.out());
  }

  @Test
  void outputStatisticsAndQuiet(@TempDir Path dir) throws Exception {
    Path root = Jar.examples(dir);
    Jar.Result r = Jar.run(root, "check", "--output", "reports/distlint.txt", "--quiet",
        "--statistics");
    assertEquals(1, r.code());
    String report = Files.readString(root.resolve("reports/distlint.txt"));
    assertFalse(report.contains("problems ("), "quiet drops the summary");
    assertTrue(report.lines().allMatch(l -> l.contains(": ") ), report);
    assertTrue(r.err().contains("  dist-cookie-literal"), r.err());
    assertTrue(r.err().matches("(?s)\\s+3  dist-cookie-literal.*"), r.err());
  }
}
