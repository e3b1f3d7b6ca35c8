package dev.distlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reproductions on a copy of the examples: syntax errors next to secrets never quote them, huge
 * workspaces give bounded findings, and numbers out of range are unknowns, not exceptions.
 */
@Timeout(300)
class HostileInputTest {
  @TempDir
  Path tmp;

  @Test
  void syntaxMessagesNeverQuoteTheSecretsAroundThem() throws IOException {
    Path root = ExampleCopy.make(tmp);
    Files.writeString(root.resolve("fly.toml"), Files.readString(root.resolve("fly.toml"))
        + "\n[env]\nDATABASE_URL =\n\"postgres://u:PASSWORD1@h/db\"\n"
        + "\"postgres://u:PASSWORD1@h/db\" = 1\n"
        + "\"postgres://u:PASSWORD1@h/db\" = 2\nAPI_TOKEN = 12345678901234567890123\n");
    Files.writeString(root.resolve("k8s/tagged.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  value: !s3cr3t!x\n");
    for (String format : List.of("text", "json", "sarif")) {
      ExampleCopy.Run run = ExampleCopy.run("check", "--format", format, root.toString());
      assertTrue(run.out().contains("toml-syntax") && run.out().contains("yaml-syntax"),
          run.out());
      assertNoSecret(format, run.out() + run.err());
    }
    ExampleCopy.Run review = ExampleCopy.run("review", root.toString());
    assertNoSecret("review", review.out() + review.err());
  }

  private static void assertNoSecret(String where, String output) {
    for (String secret : List.of("PASSWORD1", "s3cr3t", "12345678901234567890123")) {
      assertFalse(output.contains(secret), where + " shows " + secret + ":\n" + output);
    }
  }

  @Test
  void thousandsOfWorkloadsSharingATimingGiveOneShortFinding() throws IOException {
    Path root = ExampleCopy.make(tmp);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      sb.append("""
          ---
          apiVersion: apps/v1
          kind: Deployment
          metadata:
            name: web-%d
          spec:
            template:
              spec:
                containers:
                  - name: web
                    image: ghcr.io/acme/web:1
                    readinessProbe:
                      httpGet: {path: /ready, port: 4000}
                      periodSeconds: 5
                      timeoutSeconds: 2
          """.formatted(i));
    }
    Files.writeString(root.resolve("k8s/many.yaml"), sb.toString());

    ExampleCopy.Run run = ExampleCopy.run("check", "--format", "json", root.toString());

    JsonArray timings = findings(run.out(), "identical-timeouts-everywhere");
    assertEquals(1, timings.size(), "one finding per shared timing");
    var f = timings.get(0).getAsJsonObject();
    assertTrue(f.get("message").getAsString().contains("and 2,995 more"), f.toString());
    assertTrue(f.toString().length() < 5_000, f.toString());
    assertTrue(run.out().length() < 200_000, "output of " + run.out().length() + " chars");
  }

  @Test
  void aBudgetSelectingHundredsOfQuorumWorkloadsIsOneFindingPerBudget() throws IOException {
    Path root = ExampleCopy.make(tmp);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      sb.append("""
          ---
          apiVersion: apps/v1
          kind: StatefulSet
          metadata:
            name: ledger-%d
          spec:
            replicas: 3
            selector:
              matchLabels: {app: ledger}
            template:
              metadata:
                labels: {app: ledger}
              spec:
                containers:
                  - name: ledger
                    image: ghcr.io/acme/ledger:1
                    ports: [{containerPort: 4369, name: epmd}]
          ---
          apiVersion: policy/v1
          kind: PodDisruptionBudget
          metadata:
            name: ledger-%d
          spec:
            maxUnavailable: 2
            selector:
              matchLabels: {app: ledger}
          """.formatted(i, i));
    }
    Files.writeString(root.resolve("k8s/ledgers.yaml"), sb.toString());

    ExampleCopy.Run run = ExampleCopy.run("check", "--format", "json", root.toString());

    JsonArray pdb = findings(run.out(), "k8s-pdb-allows-quorum-loss");
    long here = 0;
    for (JsonElement e : pdb) {
      var f = e.getAsJsonObject();
      if (f.get("path").getAsString().endsWith("ledgers.yaml")) {
        here++;
        assertTrue(f.getAsJsonArray("related").size() <= 10, f.toString());
      }
    }
    assertEquals(400, here, "one finding per budget");
  }

  @Test
  void numbersOutOfRangeAreUnknownNotExceptions() throws IOException {
    Path root = ExampleCopy.make(tmp);
    Path compose = root.resolve("docker-compose.yml");
    Files.writeString(compose, Files.readString(compose)
        .replace("stop_grace_period: 1m", "stop_grace_period: \"99999999999999999999\""));
    Path chat = root.resolve("k8s/chat.yaml");
    Files.writeString(chat, Files.readString(chat)
        .replaceFirst("terminationGracePeriodSeconds: \\d+",
            "terminationGracePeriodSeconds: 9300000000000000"));
    Files.writeString(root.resolve("k8s/negative.yaml"), Files.readString(chat)
        .replace("terminationGracePeriodSeconds: 9300000000000000",
            "terminationGracePeriodSeconds: -1").replace("name: chat", "name: chat-neg"));

    ExampleCopy.Run check = ExampleCopy.run("check", "--format", "json", root.toString());
    ExampleCopy.Run review = ExampleCopy.run("review", root.toString());

    assertTrue(check.code() < 2, check.err());
    assertTrue(review.code() < 2, review.err());
    for (String out : List.of(check.out() + check.err(), review.out() + review.err())) {
      assertFalse(out.contains("NumberFormatException"), out);
      assertFalse(out.contains("failed"), out);
    }
    for (JsonElement e : findings(check.out(), "shutdown-budget-exceeds-platform-grace")) {
      String m = e.getAsJsonObject().get("message").getAsString();
      assertFalse(m.matches("(?s).*(-\\d|9300000000000000).*"), m);
      assertFalse(e.getAsJsonObject().get("path").getAsString().endsWith("negative.yaml"), m);
    }
  }

  @Test
  void runningOutOfMemoryExitsTwo() throws Exception {
    Path root = ExampleCopy.make(tmp);
    StringBuilder sb = new StringBuilder();
    // Under the size above which a file is not parsed, so the parse is what exhausts the heap.
    for (int i = 0; i < 50_000; i++) {
      sb.append("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c").append(i)
          .append("\ndata:\n  k: v\n");
    }
    Files.writeString(root.resolve("k8s/big.yaml"), sb.toString());
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(javaBin.toString(), "-Xmx20m", "-cp",
        System.getProperty("java.class.path"), "dev.distlint.Main", "check", root.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(false).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(2, p.waitFor(), err);
    assertTrue(err.contains("out of memory"), err);
  }

  private static JsonArray findings(String json, String rule) {
    JsonArray out = new JsonArray();
    for (JsonElement e : JsonParser.parseString(json).getAsJsonObject()
        .getAsJsonArray("findings")) {
      if (e.getAsJsonObject().get("rule").getAsString().equals(rule)) {
        out.add(e);
      }
    }
    return out;
  }
}
