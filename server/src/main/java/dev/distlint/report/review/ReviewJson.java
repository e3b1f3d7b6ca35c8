package dev.distlint.report.review;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.distlint.base.LineIndex;
import dev.distlint.base.PositionEncoding;
import dev.distlint.base.Finding;
import java.util.function.Function;

/** The review as JSON. */
public final class ReviewJson {
  private ReviewJson() {
  }

  public static String render(Review r, Function<String, LineIndex> lines) {
    JsonObject root = new JsonObject();
    JsonObject level = new JsonObject();
    level.addProperty("level", r.level().level());
    level.addProperty("name", r.level().name());
    JsonArray ev = new JsonArray();
    r.level().evidence().forEach(ev::add);
    level.add("evidence", ev);
    root.add("escalation", level);
    JsonArray model = new JsonArray();
    for (ClusterModel.Line l : r.model()) {
      JsonObject o = new JsonObject();
      o.addProperty("topic", l.topic());
      o.addProperty("value", l.value());
      model.add(o);
    }
    root.add("model", model);
    JsonArray items = new JsonArray();
    for (Review.ItemStatus s : r.checklist()) {
      JsonObject o = new JsonObject();
      o.addProperty("number", s.item().number());
      o.addProperty("item", s.item().name());
      o.addProperty("status", s.status().name().toLowerCase(java.util.Locale.ROOT));
      o.addProperty("findings", s.findings());
      if (s.status() == Review.Status.QUESTION) {
        o.addProperty("question", s.item().question());
      }
      JsonArray rules = new JsonArray();
      s.rules().forEach(rules::add);
      o.add("rules", rules);
      items.add(o);
    }
    root.add("checklist", items);
    JsonArray fs = new JsonArray();
    for (Finding f : r.findings()) {
      JsonObject o = new JsonObject();
      o.addProperty("path", f.path());
      LineIndex idx = lines.apply(f.path());
      o.addProperty("line", idx == null ? 0 : idx.position(f.range().start(), PositionEncoding.UTF16).line() + 1);
      o.addProperty("rule", f.ruleId());
      o.addProperty("severity", f.severity().label());
      o.addProperty("message", f.message());
      fs.add(o);
    }
    root.add("findings", fs);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
  }
}
