package dev.distlint.report;

import dev.distlint.base.Version;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.distlint.base.LineIndex;
import dev.distlint.base.PositionEncoding;
import dev.distlint.base.Finding;
import dev.distlint.base.Fix;
import dev.distlint.base.Severity;
import dev.distlint.base.TextRange;
import java.util.function.Function;

/** Findings as JSON: zero-based UTF-16 positions (as in LSP) plus raw offsets. */
public final class JsonReport {
  private JsonReport() {
  }

  public static String render(CheckResult r) {
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

  static JsonObject range(Function<String, LineIndex> lines, String path, TextRange r) {
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
