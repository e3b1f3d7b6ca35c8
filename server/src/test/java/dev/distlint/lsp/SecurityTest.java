package dev.distlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.distlint.Main;
import dev.distlint.settings.Settings;
import dev.distlint.syntax.yaml.YamlParser;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Project;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What distlint must never do, whatever the workspace contains: evaluate code, construct objects
 * from YAML tags, open a connection, read outside the workspace folders, write a file unasked, or
 * show a secret. The workspace under test (test resources {@code robust/workspace}) holds
 * distinctive cookie values in every kind of file; every output is searched for them.
 */
@Timeout(120)
class SecurityTest {
  static final List<String> SECRETS = List.of("zq-secret-cookie-4b8e1f0d9c",
      "zq-other-cookie-77a1e5");
  static final String OUTSIDE_MARKER = "outside-marker-9f2c";
  static final Path SOURCE = Path.of("src/test/resources/robust/workspace");

  @TempDir
  Path tmp;
  Path root;
  Path outside;

  @BeforeEach
  void workspace() throws IOException {
    root = tmp.resolve("project");
    outside = tmp.resolve("outside");
    try (Stream<Path> s = Files.walk(SOURCE)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Path to = root.resolve(SOURCE.relativize(p).toString());
        Files.createDirectories(to.getParent());
        Files.copy(p, to);
      }
    }
    Files.createDirectories(outside.resolve("k8s"));
    Files.writeString(outside.resolve("k8s/secret.yaml"), """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: %s
        spec:
          template:
            spec:
              containers:
                - name: app
                  image: ghcr.io/acme/outside:1
                  ports: [{containerPort: 4000}]
        """.formatted(OUTSIDE_MARKER));
    Files.writeString(outside.resolve("k8s/settings.yaml"), "rules: {}\n");
    Files.createSymbolicLink(root.resolve("k8s/linked.yaml"), outside.resolve("k8s/secret.yaml"));
    Files.createSymbolicLink(root.resolve("linked-dir"), outside.resolve("k8s"));
    Files.writeString(root.resolve(".distlint.yaml"), Files.readString(root.resolve(
        ".distlint.yaml")) + "include:\n  - \"**\"\n  - \"../outside/**\"\n  - \"/**\"\n");
  }

  /** Path -> digest of every file under a directory (symbolic links as links). */
  private static Map<String, String> snapshot(Path dir) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.toList()) {
        String key = dir.relativize(p).toString();
        if (Files.isSymbolicLink(p)) {
          out.put(key, "link:" + Files.readSymbolicLink(p));
        } else if (Files.isRegularFile(p)) {
          out.put(key, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
              .digest(Files.readAllBytes(p))) + ":" + Files.getLastModifiedTime(p));
        } else {
          out.put(key, "dir");
        }
      }
    }
    return out;
  }

  private static void assertNoSecret(String where, String output) {
    for (String s : SECRETS) {
      assertFalse(output.contains(s), () -> where + " shows the secret " + s + ":\n"
          + excerpt(output, s));
    }
    assertFalse(output.contains(OUTSIDE_MARKER), () -> where + " read a file outside the root");
  }

  private static String excerpt(String output, String s) {
    int i = output.indexOf(s);
    return output.substring(Math.max(0, i - 300), Math.min(output.length(), i + 100));
  }

  private static String[] cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void theCliReadsOnlyTheRootWritesNothingAndShowsNoSecret() throws Exception {
    Map<String, String> before = snapshot(tmp);
    for (String format : List.of("text", "json", "sarif")) {
      String[] r = cli("check", root.toString(), "--format", format, "--fail-on", "never");
      assertTrue(r[0].contains("dist-cookie-literal"), r[0]);
      assertFalse(r[0].contains("linked"), () -> "followed a symbolic link: " + r[0]);
      assertNoSecret("check --format " + format, r[0] + r[1]);
    }
    String[] one = cli("check", root.resolve("rel/vm.args.eex").toString(), "--format", "json");
    assertNoSecret("check of one file", one[0] + one[1]);
    assertEquals(before, snapshot(tmp), "a file was written, or code was evaluated");
    assertFalse(Files.exists(root.resolve("EVALUATED-BY-FILE-WRITE")));
    assertFalse(Files.exists(root.resolve("EVALUATED-BY-SYSTEM-CMD")));

    Project p = Project.load(root, Settings.DEFAULT, null, Path::toString);
    for (ParsedFile f : p.workspace().files()) {
      assertTrue(f.path().startsWith(root.toString()) && !f.path().contains("linked"), f.path());
    }
  }

  @Test
  void anLspSessionReadsOnlyTheRootWritesNothingAndShowsNoSecret() throws Exception {
    Map<String, String> before = snapshot(tmp);
    int expected = Project.load(root, Settings.DEFAULT, null, Path::toString).workspace()
        .files().size();
    AtomicInteger ids = new AtomicInteger(1);
    try (RawLsp s = new RawLsp()) {
      s.request(ids.getAndIncrement(), "initialize", "{\"rootUri\":\"" + root.toUri()
          + "\",\"capabilities\":{},\"initializationOptions\":{\"distlint\":{\"rules\":{}}}}");
      s.response(1);
      s.notify("initialized", "{}");
      waitForLog(s, "workspace files");
      assertEquals(expected, s.impl.state().sizes().get("disk"));
      // A watcher event for the link and for a file outside the root must not read them.
      s.notify("workspace/didChangeWatchedFiles", "{\"changes\":[{\"uri\":\""
          + root.resolve("k8s/linked.yaml").toUri() + "\",\"type\":2},{\"uri\":\""
          + root.resolve("linked-dir/secret.yaml").toUri() + "\",\"type\":1},{\"uri\":\""
          + outside.resolve("k8s/secret.yaml").toUri() + "\",\"type\":1},{\"uri\":\""
          + root.resolve("../outside/k8s/secret.yaml").toUri() + "\",\"type\":1}]}");
      for (Map.Entry<String, String> e : documents().entrySet()) {
        String uri = root.resolve(e.getKey()).toUri().toString();
        String text = e.getValue();
        s.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + uri
            + "\",\"languageId\":\"plaintext\",\"version\":1,\"text\":" + json(text) + "}}");
        s.diagnostics(uri);
        int lines = (int) text.lines().count() + 1;
        for (int line = 0; line < lines; line++) {
          for (int ch : new int[] {0, 4, 12, 24, 40}) {
            String pos = "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":"
                + line + ",\"character\":" + ch + "}";
            s.request(ids.getAndIncrement(), "textDocument/hover", pos + "}");
            s.request(ids.getAndIncrement(), "textDocument/completion", pos + "}");
          }
        }
        int id = ids.getAndIncrement();
        s.request(id, "textDocument/codeAction", "{\"textDocument\":{\"uri\":\"" + uri
            + "\"},\"range\":{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":" + lines
            + ",\"character\":0}},\"context\":{\"diagnostics\":[]}}");
        s.response(id);
      }
      assertEquals(expected, s.impl.state().sizes().get("disk"));
      String wire = s.wireText();
      assertTrue(wire.contains("dist-cookie-literal"), "the session reported the cookies");
      assertNoSecret("the LSP session", wire);
    }
    assertEquals(before, snapshot(tmp), "a file was written, or code was evaluated");
  }

  /**
   * The workspace's files as an editor shows them, plus broken files with the secret as a
   * cookie value in an unterminated string, an undefined alias, a bad escape: the places where a
   * syntax error message could quote the text. (As a key or rule name it would not be a secret.)
   */
  private Map<String, String> documents() throws IOException {
    Map<String, String> docs = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(x -> Files.isRegularFile(x) && !Files.isSymbolicLink(x)).toList()) {
        docs.put(root.relativize(p).toString(), Files.readString(p));
      }
    }
    String c = SECRETS.get(0);
    docs.put("k8s/broken-alias.yaml", "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n"
        + "    - name: a\n      env:\n        - {name: RELEASE_COOKIE, value: *" + c + "}\n");
    docs.put("k8s/broken-quote.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: \"" + c
        + "\\q\"}\nspec: [\"" + c + "\n");
    docs.put("compose/docker-compose.yml", "services:\n  a:\n    environment:\n"
        + "      RELEASE_COOKIE: " + c + "\n      - RELEASE_COOKIE=" + c + "\n");
    docs.put("fly.staging.toml", "[env]\nRELEASE_COOKIE = \"" + c + "\nRELEASE_COOKIE = " + c
        + "\nRELEASE_COOKIE = '" + c + "\n");
    docs.put("rel/broken/vm.args", "-setcookie \"" + c + "\n-setcookie " + c + " " + c
        + "\n-setcookie '" + c + "\n");
    docs.put("rel/broken/env.sh", "export RELEASE_COOKIE=\"" + c + "\nRELEASE_COOKIE=$(" + c
        + "\nRELEASE_COOKIE=${" + c + "\n");
    docs.put("config/broken.exs", "import Config\nconfig :kernel, cookie: :\"" + c
        + "\nNode.set_cookie(:\"" + c + "\")\nconfig :chat, cookie: '" + c + "\n");
    return docs;
  }

  private static String json(String s) {
    return new com.google.gson.Gson().toJson(s);
  }

  private static void waitForLog(RawLsp s, String text) throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      for (JsonObject m : s.received) {
        if ("window/logMessage".equals(m.has("method") ? m.get("method").getAsString() : null)
            && m.getAsJsonObject("params").get("message").getAsString().contains(text)) {
          return;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no log line containing " + text);
  }

  /** A class that must never be instantiated: YAML tags naming it construct nothing. */
  static final class Canary {
    static final AtomicInteger MADE = new AtomicInteger();

    Canary() {
      MADE.incrementAndGet();
    }
  }

  @Test
  void yamlTagsNeverConstructObjects() throws Exception {
    Path target = tmp.resolve("written-by-a-tag");
    String yaml = "a: !!dev.distlint.lsp.SecurityTest$Canary {}\n"
        + "b: !!java.io.FileOutputStream [\"" + target + "\"]\n"
        + "c: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
        + " [\"http://127.0.0.1:9/\"]]]]\n"
        + "d: !<tag:yaml.org,2002:java.io.File> [\"" + target + "\"]\n";
    for (String path : List.of("k8s/app.yaml", "docker-compose.yml", ".distlint.yaml",
        "values.yaml")) {
      cli("check", write(path, yaml).toString(), "--format", "json", "--fail-on", "never");
    }
    YamlParser.parse(yaml);
    assertEquals(0, Canary.MADE.get());
    assertFalse(Files.exists(target));
  }

  private Path write(String path, String text) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void nothingConnectsToAnAddressNamedInTheWorkspace() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + listener.getLocalPort();
      write("k8s/remote.yaml", "# yaml-language-server: $schema=" + url + "/schema.json\n"
          + "$schema: " + url + "/schema.json\napiVersion: apps/v1\nkind: Deployment\n"
          + "metadata: {name: r, annotations: {docs: " + url + "/}}\nspec:\n  template:\n"
          + "    spec:\n      containers:\n        - name: a\n          image: 127.0.0.1:"
          + listener.getLocalPort() + "/acme/chat:1\n          livenessProbe:\n"
          + "            httpGet: {host: 127.0.0.1, port: " + listener.getLocalPort()
          + ", path: /}\n");
      write("kustomization.yaml", "resources:\n  - " + url + "/base.yaml\n");
      write("config/remote.exs", "import Config\nconfig :libcluster, topologies: [k: [strategy:"
          + " Cluster.Strategy.Epmd, config: [hosts: [:\"a@127.0.0.1\"]]]]\n"
          + "Mix.install([{:x, url: \"" + url + "\"}])\n");
      Files.writeString(root.resolve(".distlint.yaml"), "extends: " + url + "/base.yaml\n"
          + "docsBaseUrl: " + url + "/\n");
      cli("check", root.toString(), "--format", "sarif", "--fail-on", "never");
      try (RawLsp s = new RawLsp()) {
        s.request(1, "initialize", "{\"rootUri\":\"" + root.toUri() + "\",\"capabilities\":{},"
            + "\"initializationOptions\":{\"distlint\":{\"docsBaseUrl\":\"" + url + "/\"}}}");
        s.response(1);
        s.notify("initialized", "{}");
        waitForLog(s, "workspace files");
        String uri = root.resolve("k8s/remote.yaml").toUri().toString();
        s.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + uri
            + "\",\"languageId\":\"yaml\",\"version\":1,\"text\":"
            + json(Files.readString(root.resolve("k8s/remote.yaml"))) + "}}");
        s.diagnostics(uri);
        s.request(2, "textDocument/hover", "{\"textDocument\":{\"uri\":\"" + uri
            + "\"},\"position\":{\"line\":1,\"character\":3}}");
        s.response(2);
      } finally {
        DistlintServer.docsBase(null);
      }
      listener.setSoTimeout(300);
      try {
        listener.accept().close();
        throw new AssertionError("something connected to " + url);
      } catch (SocketTimeoutException expected) {
        // Nobody connected.
      }
    }
  }

  /**
   * No production class can open a connection, start a process or evaluate a script: the names
   * that would do it appear nowhere in the sources.
   */
  @Test
  void noSourceUsesNetworkProcessesOrScriptEngines() throws IOException {
    Pattern forbidden = Pattern.compile("java\\.net\\.(?!URI\\b|URISyntaxException\\b)\\w+"
        + "|java\\.net\\.http|java\\.nio\\.channels\\.\\w*(Socket|Datagram)\\w*"
        + "|\\b(Socket|ServerSocket|DatagramSocket|URLConnection|HttpURLConnection|HttpClient"
        + "|ProcessBuilder|ScriptEngine\\w*|URLClassLoader)\\b|openConnection|openStream"
        + "|Runtime\\.getRuntime\\(\\)\\.exec|Class\\.forName|\\bnew URL\\(");
    List<String> hits = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
      for (Path p : s.filter(x -> x.toString().endsWith(".java")).toList()) {
        String[] lines = Files.readString(p).split("\n");
        for (int i = 0; i < lines.length; i++) {
          Matcher m = forbidden.matcher(lines[i]);
          if (m.find()) {
            hits.add(p + ":" + (i + 1) + ": " + m.group());
          }
        }
      }
    }
    assertEquals(List.of(), hits);
  }
}
