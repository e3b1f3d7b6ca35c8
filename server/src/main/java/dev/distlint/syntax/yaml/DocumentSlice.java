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
   * The documents of {@code file} when it can be read a document at a time: YAML read plainly
   * (not a template nor a rendered context) with two documents or more; else an empty list.
   */
  public static List<YamlDocument> documents(ParsedFile file) {
    if (!file.kind().isYaml() || file.context() != null || file.tooLarge()) {
      return List.of();
    }
    List<YamlDocument> docs = file.view(YamlView.YAML).documents();
    return docs.size() < 2 ? List.of() : docs;
  }

  /** {@code file} read as if {@code doc}, one of its {@link #documents}, were its only document. */
  public static ParsedFile of(ParsedFile file, YamlDocument doc) {
    List<ParseProblem> mine = new ArrayList<>();
    for (ParseProblem p : file.view(YamlView.YAML).problems()) {
      if (p.range().start() >= doc.base() && p.range().start() <= doc.base() + doc.length()) {
        mine.add(p);
      }
    }
    return file.transientContext(new DocumentSlice(doc, List.copyOf(mine)));
  }
}
