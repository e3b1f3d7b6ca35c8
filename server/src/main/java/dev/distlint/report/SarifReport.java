package dev.distlint.report;

import dev.distlint.base.Version;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.distlint.catalogue.RuleDoc;
import dev.distlint.catalogue.RuleDocLinks;
import dev.distlint.catalogue.RuleDocs;
import dev.distlint.base.LineIndex;
import dev.distlint.base.PositionEncoding;
import dev.distlint.base.Finding;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.base.Severity;
import dev.distlint.base.TextRange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0: metadata and help for the rules that ran, results with partial fingerprints (so
 * code scanning follows a finding across commits), the invocation, and paths relative to the
 * {@code SRCROOT} base (the directory distlint ran in); UTF-16 columns.
 */
public final class SarifReport {
  static final String SRCROOT = "SRCROOT";
  static final String FINGERPRINT = "distlintFingerprint/v1";

  private SarifReport() {
  }

  /** Where the run happened and how it ended, and where rule docs are published. */
  public record Run(java.nio.file.Path workingDirectory, String docBase, int exitCode) {
  }

  public static String render(CheckResult r, List<Rule> rules) {
    return render(r, rules, new Run(java.nio.file.Path.of("").toAbsolutePath(), null, 0));
  }

  public static String render(CheckResult r, List<Rule> rules, Run run) {
    JsonObject driver = new JsonObject();
    driver.addProperty("name", "distlint");
    driver.addProperty("version", Version.VALUE);
    driver.addProperty("semanticVersion", Version.VALUE);
    JsonArray ruleArr = new JsonArray();
    Map<String, Integer> index = new HashMap<>();
    for (Rule rule : rules) {
      index.put(rule.id(), ruleArr.size());
      ruleArr.add(ruleMeta(RuleDocs.get(rule.id()), run.docBase()));
    }
    driver.add("rules", ruleArr);
    JsonObject tool = new JsonObject();
    tool.add("driver", driver);
    JsonArray results = new JsonArray();
    List<String> prints = Fingerprints.of(r.findings(), r.texts(), p -> p);
    for (int i = 0; i < r.findings().size(); i++) {
      Finding f = r.findings().get(i);
      JsonObject res = new JsonObject();
      res.addProperty("ruleId", f.ruleId());
      if (index.containsKey(f.ruleId())) {
        res.addProperty("ruleIndex", index.get(f.ruleId()));
      }
      res.addProperty("level", level(f.severity()));
      res.add("message", text(f.message()));
      JsonArray locs = new JsonArray();
      locs.add(location(r, f.path(), f.range(), null));
      res.add("locations", locs);
      if (!f.related().isEmpty()) {
        JsonArray rel = new JsonArray();
        for (Finding.Related x : f.related()) {
          rel.add(location(r, x.path(), x.range(), x.message()));
        }
        res.add("relatedLocations", rel);
      }
      if (!f.fixes().isEmpty()) {
        res.add("fixes", fixes(r, f.fixes()));
      }
      JsonObject fp = new JsonObject();
      fp.addProperty(FINGERPRINT, prints.get(i));
      res.add("partialFingerprints", fp);
      results.add(res);
    }
    JsonObject runObj = new JsonObject();
    runObj.add("tool", tool);
    runObj.add("invocations", invocations(run));
    JsonObject base = new JsonObject();
    JsonObject srcroot = new JsonObject();
    String dir = run.workingDirectory().toUri().toString();
    srcroot.addProperty("uri", dir.endsWith("/") ? dir : dir + "/");
    base.add(SRCROOT, srcroot);
    runObj.add("originalUriBaseIds", base);
    runObj.addProperty("columnKind", "utf16CodeUnits");
    runObj.add("results", results);
    JsonArray runs = new JsonArray();
    runs.add(runObj);
    JsonObject root = new JsonObject();
    root.addProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.addProperty("version", "2.1.0");
    root.add("runs", runs);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
  }

  private static JsonArray invocations(Run run) {
    JsonObject inv = new JsonObject();
    inv.addProperty("executionSuccessful", run.exitCode() != 2);
    inv.addProperty("exitCode", run.exitCode());
    JsonObject wd = new JsonObject();
    wd.addProperty("uri", run.workingDirectory().toUri().toString());
    inv.add("workingDirectory", wd);
    JsonArray arr = new JsonArray();
    arr.add(inv);
    return arr;
  }

  private static JsonObject ruleMeta(RuleDoc doc, String docBase) {
    JsonObject o = new JsonObject();
    o.addProperty("id", doc.id());
    o.addProperty("name", doc.title());
    String helpUri = docBase != null ? docBase + doc.id() + ".md" : RuleDocLinks.href(doc.id());
    if (helpUri != null) {
      o.addProperty("helpUri", helpUri);
    }
    o.add("shortDescription", text(doc.title()));
    o.add("fullDescription", text(doc.summary()));
    JsonObject help = text(doc.sections().getOrDefault(RuleDoc.WHY, doc.summary()));
    help.addProperty("markdown", doc.body());
    o.add("help", help);
    JsonObject cfg = new JsonObject();
    cfg.addProperty("level", level(doc.severity()));
    o.add("defaultConfiguration", cfg);
    JsonObject props = new JsonObject();
    props.addProperty("confidence", doc.confidence());
    JsonArray tags = new JsonArray();
    if (doc.checklist() != null) {
      tags.add(doc.checklist());
    }
    props.add("tags", tags);
    o.add("properties", props);
    return o;
  }

  private static JsonArray fixes(CheckResult r, List<Fix> fixes) {
    JsonArray arr = new JsonArray();
    for (Fix fix : fixes) {
      JsonObject fo = new JsonObject();
      fo.add("description", text(fix.title()));
      Map<String, JsonArray> byFile = new java.util.LinkedHashMap<>();
      for (Fix.FileEdit e : fix.edits()) {
        JsonObject rep = new JsonObject();
        rep.add("deletedRegion", region(r.lines().apply(e.path()), e.range()));
        JsonObject content = new JsonObject();
        content.addProperty("text", e.newText());
        rep.add("insertedContent", content);
        byFile.computeIfAbsent(e.path(), k -> new JsonArray()).add(rep);
      }
      JsonArray changes = new JsonArray();
      byFile.forEach((path, reps) -> {
        JsonObject ch = new JsonObject();
        ch.add("artifactLocation", artifact(path));
        ch.add("replacements", reps);
        changes.add(ch);
      });
      fo.add("artifactChanges", changes);
      arr.add(fo);
    }
    return arr;
  }

  private static JsonObject location(CheckResult r, String path, TextRange range, String msg) {
    JsonObject phys = new JsonObject();
    phys.add("artifactLocation", artifact(path));
    LineIndex idx = r.lines().apply(path);
    if (idx != null) {
      phys.add("region", region(idx, range));
    }
    JsonObject loc = new JsonObject();
    loc.add("physicalLocation", phys);
    if (msg != null) {
      loc.add("message", text(msg));
    }
    return loc;
  }

  private static JsonObject artifact(String path) {
    JsonObject a = new JsonObject();
    a.addProperty("uri", Escapes.uriPath(path));
    if (!java.nio.file.Path.of(path).isAbsolute()) {
      a.addProperty("uriBaseId", SRCROOT);
    }
    return a;
  }

  private static JsonObject region(LineIndex idx, TextRange range) {
    JsonObject reg = new JsonObject();
    if (idx == null) {
      reg.addProperty("charOffset", range.start());
      reg.addProperty("charLength", range.length());
      return reg;
    }
    LineIndex.Pos s = idx.position(range.start(), PositionEncoding.UTF16);
    LineIndex.Pos e = idx.position(range.end(), PositionEncoding.UTF16);
    reg.addProperty("startLine", s.line() + 1);
    reg.addProperty("startColumn", s.character() + 1);
    reg.addProperty("endLine", e.line() + 1);
    reg.addProperty("endColumn", e.character() + 1);
    return reg;
  }

  private static JsonObject text(String t) {
    JsonObject o = new JsonObject();
    o.addProperty("text", t);
    return o;
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      default -> "note";
    };
  }
}
