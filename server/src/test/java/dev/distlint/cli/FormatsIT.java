package dev.distlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The CI formats have the shapes their consumers document. */
class FormatsIT {
  /** A workflow command: {@code ::level file=..,line=..,col=..,endLine=..,endColumn=..,title=..::msg}. */
  static final Pattern GITHUB = Pattern.compile("::(error|warning|notice) file=[^,:]+,line=\\d+,"
      + "col=\\d+,endLine=\\d+,endColumn=\\d+,title=distlint [a-z0-9-]+::[^\\r\\n]+");

  @Test
  void sarifValidatesAgainstTheSchema(@TempDir Path dir) throws Exception {
    Path root = Jar.examples(dir);
    Jar.Result r = Jar.run(root, "check", "--format", "sarif", "--doc-url",
        "https://docs.example.org/rules");
    assertEquals(1, r.code(), r.err());
    JsonSchema schema;
    try (InputStream in = FormatsIT.class.getResourceAsStream("/schemas/sarif-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    JsonNode doc = new ObjectMapper().readTree(r.out());
    Set<ValidationMessage> errors = schema.validate(doc);
    assertTrue(errors.isEmpty(), errors.toString());
    // The validator does see violations.
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc).put("version", "2.0");
    assertFalse(schema.validate(doc).isEmpty());

    JsonObject run = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("runs")
        .get(0).getAsJsonObject();
    JsonArray results = run.getAsJsonArray("results");
    Set<String> prints = new HashSet<>();
    for (JsonElement e : results) {
      JsonObject res = e.getAsJsonObject();
      prints.add(res.getAsJsonObject("partialFingerprints").get("distlintFingerprint/v1")
          .getAsString());
      assertEquals("SRCROOT", res.getAsJsonArray("locations").get(0).getAsJsonObject()
          .getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation")
          .get("uriBaseId").getAsString());
    }
    assertEquals(results.size(), prints.size(), "fingerprints are distinct");
    assertTrue(run.getAsJsonObject("originalUriBaseIds").getAsJsonObject("SRCROOT").get("uri")
        .getAsString().endsWith("/project/"));
    JsonObject inv = run.getAsJsonArray("invocations").get(0).getAsJsonObject();
    assertTrue(inv.get("executionSuccessful").getAsBoolean());
    assertEquals(1, inv.get("exitCode").getAsInt());
    JsonObject rule = run.getAsJsonObject("tool").getAsJsonObject("driver")
        .getAsJsonArray("rules").get(0).getAsJsonObject();
    assertEquals("https://docs.example.org/rules/" + rule.get("id").getAsString() + ".md",
        rule.get("helpUri").getAsString());
  }

  @Test
  void sarifDescribesOnlyTheRulesThatRan(@TempDir Path dir) throws Exception {
    Path root = Jar.examples(dir);
    JsonArray all = rules(Jar.run(root, "check", "--format", "sarif", "--fail-on", "never"));
    JsonArray vmargs = rules(Jar.run(root, "check", "rel/vm.args.eex", "--format", "sarif",
        "--fail-on", "never"));
    assertTrue(vmargs.size() < all.size(), vmargs.size() + " of " + all.size());
    for (JsonElement e : vmargs) {
      String id = e.getAsJsonObject().get("id").getAsString();
      assertFalse(id.startsWith("k8s-") || id.startsWith("oban-"), id + " cannot run on vm.args");
    }
  }

  @Test
  void githubAnnotationsHaveTheWorkflowCommandShape(@TempDir Path dir) throws Exception {
    Path root = Jar.examples(dir);
    Jar.Result r = Jar.run(root, "check", "--format=github");
    assertEquals(1, r.code());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.size() > 10);
    for (String l : lines) {
      assertTrue(GITHUB.matcher(l).matches(), l);
    }
    assertTrue(r.out().contains("::error file=k8s/chat.yaml,line="), r.out());
  }

  @Test
  void gitlabCodeQualityHasFingerprintsAndLines(@TempDir Path dir) throws Exception {
    Path root = Jar.examples(dir);
    Jar.Result r = Jar.run(root, "check", "--format", "gitlab", "--fail-on", "never");
    JsonArray issues = JsonParser.parseString(r.out()).getAsJsonArray();
    Set<String> prints = new HashSet<>();
    Set<String> severities = Set.of("info", "minor", "major", "critical", "blocker");
    for (JsonElement e : issues) {
      JsonObject o = e.getAsJsonObject();
      assertFalse(o.get("description").getAsString().isBlank());
      assertTrue(o.get("check_name").getAsString().matches("[a-z0-9-]+"));
      assertTrue(severities.contains(o.get("severity").getAsString()));
      prints.add(o.get("fingerprint").getAsString());
      JsonObject loc = o.getAsJsonObject("location");
      assertTrue(Files.isRegularFile(root.resolve(loc.get("path").getAsString())));
      assertTrue(loc.getAsJsonObject("lines").get("begin").getAsInt() >= 1);
    }
    assertEquals(issues.size(), prints.size(), "fingerprints are unique");
    assertTrue(issues.size() > 10);
  }

  @Test
  void junitAndCheckstyleAreWellFormedXml(@TempDir Path dir) throws Exception {
    Path root = Jar.examples(dir);
    Jar.Result json = Jar.run(root, "check", "--format", "json", "--fail-on", "never");
    int findings = JsonParser.parseString(json.out()).getAsJsonObject()
        .getAsJsonArray("findings").size();

    Document junit = xml(Jar.run(root, "check", "--format", "junit").out());
    assertEquals("testsuites", junit.getDocumentElement().getTagName());
    assertEquals(findings, junit.getElementsByTagName("failure").getLength());
    assertEquals(String.valueOf(findings), junit.getDocumentElement().getAttribute("failures"));
    String summary = Jar.run(root, "check").out().lines().reduce((a, b) -> b).orElse("");
    assertTrue(summary.endsWith(" in " + junit.getElementsByTagName("testsuite").getLength()
        + " files."), "one suite a file: " + summary);

    Document cs = xml(Jar.run(root, "check", "--format", "checkstyle").out());
    assertEquals("checkstyle", cs.getDocumentElement().getTagName());
    assertEquals(findings, cs.getElementsByTagName("error").getLength());
    assertTrue(((org.w3c.dom.Element) cs.getElementsByTagName("error").item(0))
        .getAttribute("source").startsWith("distlint."));
  }

  private static JsonArray rules(Jar.Result r) {
    return JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("runs").get(0)
        .getAsJsonObject().getAsJsonObject("tool").getAsJsonObject("driver")
        .getAsJsonArray("rules");
  }

  private static Document xml(String text) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
