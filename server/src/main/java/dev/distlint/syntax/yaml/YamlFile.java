package dev.distlint.syntax.yaml;

import dev.distlint.base.ParseProblem;
import java.util.ArrayList;
import java.util.List;

/** All documents of one YAML file, in order, and the problems found reading them. */
public record YamlFile(List<YamlDocument> documents, List<ParseProblem> problems) {

  public static YamlFile of(List<YamlDocument> docs, List<ParseProblem> extra) {
    List<ParseProblem> all = new ArrayList<>(extra);
    for (YamlDocument d : docs) {
      if (d.problem() != null) {
        all.add(d.problem());
      }
    }
    return new YamlFile(List.copyOf(docs), List.copyOf(all));
  }

  public YamlDocument documentAt(int offset) {
    for (YamlDocument d : documents) {
      if (d.contains(offset)) {
        return d;
      }
    }
    return null;
  }
}
