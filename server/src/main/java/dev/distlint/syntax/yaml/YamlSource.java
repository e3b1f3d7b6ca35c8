package dev.distlint.syntax.yaml;

import dev.distlint.documents.ParsedFile;

/**
 * A file context that produces the file's YAML itself instead of a plain parse: a Helm chart's
 * values render its templates first. {@link YamlView} asks the context, so the YAML front end
 * needs to know nothing of templates.
 */
public interface YamlSource {
  YamlFile yamlOf(ParsedFile file);
}
