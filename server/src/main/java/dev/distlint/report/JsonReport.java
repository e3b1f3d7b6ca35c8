package dev.distlint.report;

import dev.distlint.base.Version;
import dev.distlint.base.LineIndex;
import dev.distlint.base.PositionEncoding;
import dev.distlint.base.Finding;
import dev.distlint.base.Fix;
import dev.distlint.base.Severity;
import dev.distlint.base.TextRange;
import dev.distlint.base.Parallelism;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/** Findings as JSON: zero-based UTF-16 positions (as in LSP) plus raw offsets. */
public final class JsonReport {
  /** Findings written by one thread at a time when there are many. */
  static final int SLICE = 256;

  private JsonReport() {
  }

  public static String render(CheckResult r) {
    List<Finding> all = r.findings();
    boolean sliced = all.size() >= 2 * SLICE && !Parallelism.sequential();
    StringBuilder sb = new StringBuilder(4096 + (sliced ? 0 : all.size() * 1024));
    PrettyJson w = new PrettyJson(sb);
    w.beginObject();
    w.member("tool", "distlint");
    w.member("version", Version.VALUE);
    w.name("findings").beginArray();
    if (!sliced) {
      all.forEach(f -> finding(w, r, f));
    } else {
      // Slices of the findings are written on every core and joined in order.
      StringBuilder[] parts = new StringBuilder[(all.size() + SLICE - 1) / SLICE];
      IntStream.range(0, parts.length).parallel().forEach(i -> {
        parts[i] = new StringBuilder(SLICE * 1024);
        PrettyJson pw = w.slice(parts[i], i > 0);
        all.subList(i * SLICE, Math.min(all.size(), (i + 1) * SLICE))
            .forEach(f -> finding(pw, r, f));
      });
      long total = 1024;
      for (StringBuilder part : parts) {
        total += part.length();
      }
      sb.ensureCapacity((int) Math.min(Integer.MAX_VALUE - 16, sb.length() + total));
      for (StringBuilder part : parts) {
        w.items(part);
      }
    }
    w.endArray();
    w.name("summary").beginObject();
    w.member("files", r.filesChecked());
    for (Severity s : Severity.values()) {
      w.member(s.label(), r.count(s));
    }
    w.endObject();
    w.endObject();
    return sb.append('\n').toString();
  }

  private static void finding(PrettyJson w, CheckResult r, Finding f) {
    w.beginObject();
    w.member("path", f.path());
    w.member("rule", f.ruleId());
    w.member("severity", f.severity().label());
    w.member("message", f.message());
    range(w.name("range"), r.lines(), f.path(), f.range());
    w.name("related").beginArray();
    for (Finding.Related x : f.related()) {
      w.beginObject();
      w.member("path", x.path());
      w.member("message", x.message());
      range(w.name("range"), r.lines(), x.path(), x.range());
      w.endObject();
    }
    w.endArray();
    w.name("fixes").beginArray();
    for (Fix fix : f.fixes()) {
      w.beginObject();
      w.member("title", fix.title());
      w.member("safe", fix.safe());
      w.name("edits").beginArray();
      for (Fix.FileEdit e : fix.edits()) {
        w.beginObject();
        w.member("path", e.path());
        range(w.name("range"), r.lines(), e.path(), e.range());
        w.member("newText", e.newText());
        w.endObject();
      }
      w.endArray();
      w.endObject();
    }
    w.endArray();
    w.endObject();
  }

  private static void range(PrettyJson w, Function<String, LineIndex> lines, String path,
      TextRange r) {
    w.beginObject();
    LineIndex idx = lines.apply(path);
    if (idx != null) {
      pos(w.name("start"), idx.position(r.start(), PositionEncoding.UTF16));
      pos(w.name("end"), idx.position(r.end(), PositionEncoding.UTF16));
    }
    w.member("startOffset", r.start());
    w.member("endOffset", r.end());
    w.endObject();
  }

  private static void pos(PrettyJson w, LineIndex.Pos p) {
    w.beginObject();
    w.member("line", p.line());
    w.member("character", p.character());
    w.endObject();
  }
}
