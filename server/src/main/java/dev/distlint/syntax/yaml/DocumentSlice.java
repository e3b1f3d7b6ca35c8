package dev.distlint.syntax.yaml;

import dev.distlint.base.ParseProblem;
import dev.distlint.documents.ParsedFile;
import java.util.ArrayList;
import java.util.List;

/**
 * One document of a multi-document YAML file, read as if it were the file's only document: same
 * path, text and positions, with a YAML view holding this document alone. A rule whose findings
 * on a file are the union of its findings on each document runs on these slices, so an edit
 * re-runs it on the edited document only.
 */
public record DocumentSlice(YamlDocument document, List<ParseProblem> problems)
    implements YamlSource {

  @Override
  public YamlFile yamlOf(ParsedFile file) {
    return new YamlFile(List.of(document), problems);
  }

  /**
   * The slices of {@code file}, one a document, each a variant of the file; an empty list when
   * the file is not YAML read plainly (a template, a rendered context) or has fewer than two
   * documents, where slicing gains nothing.
   */
  public static List<ParsedFile> of(ParsedFile file) {
    if (!file.kind().isYaml() || file.context() != null || file.tooLarge()) {
      return List.of();
    }
    YamlFile yaml = file.view(YamlView.YAML);
    List<YamlDocument> docs = yaml.documents();
    if (docs.size() < 2) {
      return List.of();
    }
    List<ParsedFile> out = new ArrayList<>(docs.size());
    for (YamlDocument d : docs) {
      List<ParseProblem> mine = new ArrayList<>();
      for (ParseProblem p : yaml.problems()) {
        if (p.range().start() >= d.base() && p.range().start() <= d.base() + d.length()) {
          mine.add(p);
        }
      }
      out.add(file.transientContext(new DocumentSlice(d, List.copyOf(mine))));
    }
    return out;
  }

  /** The document a slice made by {@link #of} holds. */
  public static YamlDocument documentOf(ParsedFile slice) {
    return ((DocumentSlice) slice.context()).document();
  }
}
