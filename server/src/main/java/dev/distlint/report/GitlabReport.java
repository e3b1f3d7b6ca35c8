package dev.distlint.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.distlint.base.LineIndex;
import dev.distlint.base.PositionEncoding;
import dev.distlint.base.Finding;
import java.util.List;

/**
 * A GitLab Code Quality report: a JSON array of issues with {@code description},
 * {@code check_name}, {@code fingerprint}, {@code severity} (info, minor, major, critical) and
 * {@code location.path} with {@code location.lines.begin}. The fingerprint survives edits that
 * move a finding, so merge requests show only new ones as new.
 */
public final class GitlabReport {
  private GitlabReport() {
  }

  public static String render(CheckResult r) {
    List<String> prints = Fingerprints.of(r.findings(), r.texts(), p -> p);
    JsonArray issues = new JsonArray();
    for (int i = 0; i < r.findings().size(); i++) {
      Finding f = r.findings().get(i);
      JsonObject o = new JsonObject();
      o.addProperty("description", f.message());
      o.addProperty("check_name", f.ruleId());
      o.addProperty("fingerprint", prints.get(i));
      o.addProperty("severity", switch (f.severity()) {
        case ERROR -> "critical";
        case WARNING -> "major";
        case INFO -> "minor";
        case HINT -> "info";
      });
      JsonObject lines = new JsonObject();
      LineIndex idx = r.lines().apply(f.path());
      lines.addProperty("begin", idx == null ? 1
          : idx.position(f.range().start(), PositionEncoding.UTF32).line() + 1);
      JsonObject loc = new JsonObject();
      loc.addProperty("path", f.path());
      loc.add("lines", lines);
      o.add("location", loc);
      issues.add(o);
    }
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(issues)
        + "\n";
  }
}
