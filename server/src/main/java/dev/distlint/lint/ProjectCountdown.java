package dev.distlint.lint;

import dev.distlint.documents.ParsedFile;
import dev.distlint.facts.projects.ClusterProject;
import dev.distlint.facts.projects.ProjectModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which projects a batch check is done with: a project is finished once every file whose check
 * reads it has been checked (its own files, and those of other projects that share a compose
 * file with it). Files may be reported done on any thread, in any order.
 */
final class ProjectCountdown {
  private final ProjectModel model;
  private final Map<ClusterProject, AtomicInteger> left = new HashMap<>();

  /** A countdown over the files to check, {@code files}, of {@code model}. */
  ProjectCountdown(ProjectModel model, List<ParsedFile> files) {
    this.model = model;
    for (ParsedFile f : files) {
      for (ClusterProject p : readBy(model, f.path())) {
        left.computeIfAbsent(p, k -> new AtomicInteger()).incrementAndGet();
      }
    }
  }

  /** The projects finished by the check of the file at {@code path}: usually none, at most a few. */
  List<ClusterProject> done(String path) {
    List<ClusterProject> out = List.of();
    for (ClusterProject p : readBy(model, path)) {
      AtomicInteger n = left.get(p);
      if (n != null && n.decrementAndGet() == 0) {
        out = out.isEmpty() ? new ArrayList<>() : out;
        out.add(p);
      }
    }
    return out;
  }

  /** The projects the check of the file at {@code path} reads: its own and those it shares. */
  static List<ClusterProject> readBy(ProjectModel model, String path) {
    ClusterProject own = model.projectOf(path);
    if (own == null) {
      return List.of();
    }
    List<ProjectModel.Share> shares = model.sharesOf(path);
    if (shares.isEmpty()) {
      return List.of(own);
    }
    List<ClusterProject> out = new ArrayList<>(List.of(own));
    for (ProjectModel.Share s : shares) {
      if (!out.contains(s.project())) {
        out.add(s.project());
      }
    }
    return out;
  }
}
