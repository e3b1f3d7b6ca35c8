package dev.distlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.distlint.base.Finding;
import dev.distlint.base.Fix;
import dev.distlint.base.LineIndex;
import dev.distlint.base.PositionEncoding;
import dev.distlint.base.Severity;
import dev.distlint.base.TextRange;
import dev.distlint.base.Version;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The JSON report is what Gson's pretty printer makes of the same tree, byte for byte. */
class JsonReportTest {
  private static final String TEXT = "a: 1\nb: \"x\\y\"\n\u00e9t\u00e9: \ud83d\ude00\nlast";

  @Test
  void noFindings() {
    CheckResult r = result(List.of());
    assertEquals(gson(r), JsonReport.render(r));
  }

  @Test
  void findingsWithEveryKindOfCharacterAndPart() {
    String odd = "quote \" backslash \\ tab \t nl \n cr \r bs \b ff \f nul \0 esc \u001b "
        + "del \u007f <html> & = ' \u2028 \u2029 \u00e9 \ud83d\ude00 end";
    Finding plain = new Finding("rule-a", Severity.WARNING, "k8s/a.yaml", TextRange.of(0, 4),
        "plain message", List.of(), List.of());
    Finding full = new Finding("rule-b", Severity.ERROR, "k8s/a.yaml", TextRange.of(5, 14),
        odd, List.of(new Finding.Related("k8s/b.yaml", TextRange.of(2, 3), odd),
            new Finding.Related("not/read.yaml", TextRange.of(0, 0), "")),
        List.of(new Fix(odd, List.of(new Fix.FileEdit("k8s/a.yaml", TextRange.of(20, 25), odd),
            new Fix.FileEdit("k8s/b.yaml", TextRange.of(0, 0), "")), true),
            new Fix("empty", List.of(), false)));
    Finding hint = new Finding("rule-c", Severity.HINT, "k8s/b.yaml", TextRange.of(30, 31),
        "at the end", List.of(), List.of());
    CheckResult r = result(List.of(plain, full, hint));
    assertEquals(gson(r), JsonReport.render(r));
  }

  /** Many findings are written in slices on several threads and joined in order. */
  @Test
  void manyFindingsWrittenInSlicesJoinInOrder() {
    List<Finding> many = new java.util.ArrayList<>();
    for (int i = 0; i < 3 * JsonReport.SLICE + 7; i++) {
      many.add(new Finding("rule-" + i, Severity.values()[i % Severity.values().length],
          i % 2 == 0 ? "k8s/a.yaml" : "k8s/b.yaml", TextRange.of(i % 30, i % 30 + 1),
          "finding " + i, i % 3 == 0 ? List.of(new Finding.Related("k8s/b.yaml",
              TextRange.of(1, 2), "related " + i)) : List.of(), List.of()));
    }
    CheckResult r = result(many);
    String report = JsonReport.render(r);
    assertEquals(gson(r), report);
    System.setProperty("distlint.threads", "1");
    try {
      assertEquals(report, JsonReport.render(r));
    } finally {
      System.clearProperty("distlint.threads");
    }
  }

  private static CheckResult result(List<Finding> findings) {
    Map<String, LineIndex> lines = Map.of("k8s/a.yaml", new LineIndex(TEXT),
        "k8s/b.yaml", new LineIndex(TEXT + TEXT));
    return new CheckResult(findings, List.of("k8s/a.yaml", "k8s/b.yaml"), lines::get,
        p -> null);
  }

  /** The report as it was built with Gson's tree and pretty printer. */
  private static String gson(CheckResult r) {
    JsonObject root = new JsonObject();
    root.addProperty("tool", "distlint");
    root.addProperty("version", Version.VALUE);
    JsonArray arr = new JsonArray();
    for (Finding f : r.findings()) {
      JsonObject o = new JsonObject();
      o.addProperty("path", f.path());
      o.addProperty("rule", f.ruleId());
      o.addProperty("severity", f.severity().label());
      o.addProperty("message", f.message());
      o.add("range", range(r.lines(), f.path(), f.range()));
      JsonArray rel = new JsonArray();
      for (Finding.Related x : f.related()) {
        JsonObject ro = new JsonObject();
        ro.addProperty("path", x.path());
        ro.addProperty("message", x.message());
        ro.add("range", range(r.lines(), x.path(), x.range()));
        rel.add(ro);
      }
      o.add("related", rel);
      JsonArray fixes = new JsonArray();
      for (Fix fix : f.fixes()) {
        JsonObject fo = new JsonObject();
        fo.addProperty("title", fix.title());
        fo.addProperty("safe", fix.safe());
        JsonArray edits = new JsonArray();
        for (Fix.FileEdit e : fix.edits()) {
          JsonObject eo = new JsonObject();
          eo.addProperty("path", e.path());
          eo.add("range", range(r.lines(), e.path(), e.range()));
          eo.addProperty("newText", e.newText());
          edits.add(eo);
        }
        fo.add("edits", edits);
        fixes.add(fo);
      }
      o.add("fixes", fixes);
      arr.add(o);
    }
    root.add("findings", arr);
    JsonObject sum = new JsonObject();
    sum.addProperty("files", r.filesChecked());
    for (Severity s : Severity.values()) {
      sum.addProperty(s.label(), r.count(s));
    }
    root.add("summary", sum);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
  }

  private static JsonObject range(Function<String, LineIndex> lines, String path, TextRange r) {
    JsonObject o = new JsonObject();
    LineIndex idx = lines.apply(path);
    if (idx != null) {
      o.add("start", pos(idx.position(r.start(), PositionEncoding.UTF16)));
      o.add("end", pos(idx.position(r.end(), PositionEncoding.UTF16)));
    }
    o.addProperty("startOffset", r.start());
    o.addProperty("endOffset", r.end());
    return o;
  }

  private static JsonObject pos(LineIndex.Pos p) {
    JsonObject o = new JsonObject();
    o.addProperty("line", p.line());
    o.addProperty("character", p.character());
    return o;
  }
}
