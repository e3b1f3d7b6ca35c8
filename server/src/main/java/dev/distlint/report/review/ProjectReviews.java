package dev.distlint.report.review;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.distlint.base.LineIndex;
import dev.distlint.documents.ParsedFile;
import dev.distlint.facts.BeamWorkloads;
import dev.distlint.facts.projects.ClusterProject;
import dev.distlint.facts.projects.ProjectModel;
import dev.distlint.lint.Linter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The review is per cluster project: one review for each project that runs BEAM nodes, each
 * from that project's files alone.
 */
public final class ProjectReviews {
  private ProjectReviews() {
  }

  /** A project and its review. */
  public record Reviewed(ClusterProject project, Review review) {
    Function<String, LineIndex> lines() {
      return path -> {
        ParsedFile f = project.workspace().file(path);
        return f == null ? null : f.lines();
      };
    }
  }

  /** The reviews of the model's projects that run BEAM nodes, in the model's order. */
  public static List<Reviewed> of(ProjectModel model, Linter linter) {
    List<Reviewed> out = new ArrayList<>();
    for (ClusterProject p : model.projects()) {
      if (p.unlinked() || !BeamWorkloads.presentIn(p.workspace())) {
        continue;
      }
      out.add(new Reviewed(p, Review.of(p.workspace(), linter,
          model.settings().settingsForDir(p.dir()), f -> model.settingsFor(f.path()))));
    }
    return out;
  }

  /** Markdown: one review, or one section a project, each titled with its project. */
  public static String markdown(List<Reviewed> reviews) {
    if (reviews.isEmpty()) {
      return "# Cluster review\n\nNo BEAM project found (no mix.exs, config/*.exs, rel/ files, "
          + "or BEAM workload in a manifest); nothing to review.\n";
    }
    if (reviews.size() == 1) {
      return ReviewMarkdown.render(reviews.get(0).review(), reviews.get(0).lines());
    }
    StringBuilder sb = new StringBuilder();
    for (Reviewed r : reviews) {
      String md = ReviewMarkdown.render(r.review(), r.lines());
      String title = "# Cluster review: " + r.project().name() + " ("
          + (r.project().dir().isEmpty() ? "./" : r.project().dir()) + ")";
      sb.append(md.replaceFirst("^# Cluster review", java.util.regex.Matcher.quoteReplacement(title)))
          .append('\n');
    }
    return sb.toString();
  }

  public static String markdown(ProjectModel model, Linter linter) {
    return markdown(of(model, linter));
  }

  /**
   * JSON: the review object itself when there is one project; with several, an object whose
   * {@code projects} list holds each project's name, folder and review.
   */
  public static String json(List<Reviewed> reviews) {
    if (reviews.size() == 1) {
      return ReviewJson.render(reviews.get(0).review(), reviews.get(0).lines());
    }
    JsonArray list = new JsonArray();
    for (Reviewed r : reviews) {
      JsonObject o = new JsonObject();
      o.addProperty("name", r.project().name());
      o.addProperty("folder", r.project().dir().isEmpty() ? "./" : r.project().dir());
      o.add("review", JsonParser.parseString(ReviewJson.render(r.review(), r.lines())));
      list.add(o);
    }
    JsonObject root = new JsonObject();
    root.add("projects", list);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
  }
}
