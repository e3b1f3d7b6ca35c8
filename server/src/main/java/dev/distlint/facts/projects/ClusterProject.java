package dev.distlint.facts.projects;

import dev.distlint.workspace.Workspace;
import java.util.List;
import java.util.Set;

/**
 * One unit of analysis: a Mix project (an umbrella with its apps counts as one) with its
 * {@code rel/} and config, plus the deployment files linked to it. Cross-file rules see only the
 * files of one project, so no finding pairs files of two projects.
 *
 * @param name the name shown to users: the Mix app, the name stated in settings, or the folder
 * @param dir the project's folder as an engine path with a trailing slash ("" for the top)
 * @param origin how the project was found ("mix project", "umbrella", "stated in ...",
 *     "repository" when there is no mix.exs, "unlinked" for files no evidence links)
 * @param names the names deployment files are matched against, normalised
 * @param members each file with the reason it belongs here, in workspace order
 * @param workspace the project's files as a workspace of their own
 */
public record ClusterProject(String name, String dir, String origin, Set<String> names,
    List<Member> members, Workspace workspace) {

  /**
   * A file of the project and why it belongs to it.
   *
   * @param shared true for a compose file of another project some of whose services this project
   *     runs: the project reads only those services, and its findings on the file are theirs
   */
  public record Member(String path, String reason, boolean shared) {
    public Member(String path, String reason) {
      this(path, reason, false);
    }
  }

  /** A project is itself: compared by identity (its parts are large and never compared). */
  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  /** True for the group of files that no evidence linked to a project. */
  public boolean unlinked() {
    return origin.equals(ProjectModel.UNLINKED);
  }
}
