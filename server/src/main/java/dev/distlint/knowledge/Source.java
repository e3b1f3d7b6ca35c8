package dev.distlint.knowledge;

/**
 * Where a fact comes from: a file in a public repository ({@code repo} + {@code path}, with an
 * optional commit {@code ref}) or a documentation page ({@code url}). Hovers print it so a reader
 * can check the claim.
 */
public record Source(String repo, String path, String ref, String url) {

  /** A short, human-readable form: {@code owner/repo path@ref} or the URL. */
  public String label() {
    if (repo == null) {
      return url == null ? "" : url;
    }
    StringBuilder text = new StringBuilder(repo);
    if (path != null) {
      text.append(' ').append(path);
    }
    if (ref != null) {
      text.append(" @ ").append(ref);
    }
    return text.toString();
  }

  /** A link target for the source: the URL, or a GitHub address when a repository is named. */
  public String href() {
    if (url != null) {
      return url;
    }
    if (repo == null) {
      return null;
    }
    String base = "https://github.com/" + repo;
    if (path == null) {
      return base;
    }
    return base + "/blob/" + (ref == null ? "HEAD" : ref) + "/" + path;
  }
}
