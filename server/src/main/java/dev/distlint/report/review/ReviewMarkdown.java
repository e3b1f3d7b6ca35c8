package dev.distlint.report.review;

import dev.distlint.catalogue.RuleDocs;
import dev.distlint.base.LineIndex;
import dev.distlint.base.PositionEncoding;
import dev.distlint.base.Finding;
import dev.distlint.base.Severity;
import java.util.List;
import java.util.function.Function;

/** The review as Markdown. */
public final class ReviewMarkdown {
  private ReviewMarkdown() {
  }

  public static String render(Review r, Function<String, LineIndex> lines) {
    StringBuilder sb = new StringBuilder("# Cluster review\n\n");
    sb.append("## Escalation level\n\n**Level ").append(r.level().level()).append(": ")
        .append(r.level().name()).append("**\n\n");
    r.level().evidence().forEach(e -> sb.append("- ").append(e).append('\n'));
    sb.append("\n## Cluster model\n\n| Topic | What the configuration says |\n|---|---|\n");
    for (ClusterModel.Line l : r.model()) {
      sb.append("| ").append(l.topic()).append(" | ").append(cell(l.value())).append(" |\n");
    }
    sb.append("\n## Production checklist\n\n| # | Item | Status |\n|---|---|---|\n");
    for (Review.ItemStatus s : r.checklist()) {
      String status = switch (s.status()) {
        case VIOLATED -> "violated: " + s.findings() + " finding" + (s.findings() == 1 ? "" : "s");
        case SATISFIED -> "satisfied (" + s.rules().size() + " rule" + (s.rules().size() == 1 ? "" : "s")
            + " checked)";
        case QUESTION -> "not checkable from configuration: " + s.item().question();
      };
      sb.append("| ").append(s.item().number()).append(" | ").append(s.item().name()).append(" | ")
          .append(cell(status)).append(" |\n");
    }
    sb.append("\n## Findings by priority\n");
    section(sb, "Critical", r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList(), lines);
    section(sb, "Important", r.findings().stream().filter(f -> f.severity() == Severity.WARNING).toList(), lines);
    section(sb, "Suggestions", r.findings().stream().filter(f -> f.severity().ordinal() > 1).toList(), lines);
    return sb.toString();
  }

  private static void section(StringBuilder sb, String title, List<Finding> fs,
      Function<String, LineIndex> lines) {
    sb.append("\n### ").append(title).append(" (").append(fs.size()).append(")\n\n");
    if (fs.isEmpty()) {
      sb.append("None.\n");
    }
    for (Finding f : fs) {
      LineIndex idx = lines.apply(f.path());
      int line = idx == null ? 0 : idx.position(f.range().start(), PositionEncoding.UTF16).line() + 1;
      var doc = RuleDocs.get(f.ruleId());
      sb.append("- `").append(f.path()).append(':').append(line).append("` **").append(doc.title())
          .append("** (`").append(f.ruleId()).append("`, ").append(doc.confidence())
          .append(" confidence): ").append(f.message()).append('\n');
    }
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
