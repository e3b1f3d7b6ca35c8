package dev.distlint.catalogue;

import dev.distlint.base.JsonTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The front matter of every rule doc, read from the docs' YAML once by the build ({@link #main})
 * and kept as one JSON resource. Every run of distlint needs the front matter of every rule;
 * reading it from 100 Markdown files with a YAML parser took about a fifth of a second of
 * processor time at each start, and this index is read in a few milliseconds. Values keep the
 * types the YAML reader gives (strings, booleans, integers, decimals, lists, mappings): the build
 * checks that each doc's front matter reads back equal from the index.
 */
final class FrontMatterIndex {
  static final String RESOURCE = "rules/front-matter.json";

  private FrontMatterIndex() {
  }

  /** The index in the jar, by rule id; empty when the build did not write it. */
  static Map<String, Map<String, Object>> read() {
    try (InputStream in = FrontMatterIndex.class.getClassLoader()
        .getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Map.of();
      }
      return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Object>> fromJson(String json) {
    return (Map<String, Map<String, Object>>) JsonTree.read(json);
  }

  /**
   * Writes the index of the docs under {@code <classes>/rules} into that folder; the build runs
   * it after copying the resources. A doc without the plain front-matter block is left out (it
   * is read from its Markdown as before); a doc whose front matter would not read back equal
   * fails the build.
   */
  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    Map<String, Map<String, Object>> index = new TreeMap<>();
    try (Stream<Path> docs = Files.walk(classes.resolve("rules"))) {
      for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        String block = RuleDocs.plainFrontMatter(Files.readString(doc, StandardCharsets.UTF_8));
        if (block == null) {
          continue;
        }
        Map<String, Object> data = RuleDocs.frontMatter(block);
        Object id = data.get("id");
        if (id != null) {
          index.put(String.valueOf(id), data);
        }
      }
    }
    String json = JsonTree.write(index, "the rule docs' front matter");
    Files.writeString(classes.resolve(RESOURCE), json, StandardCharsets.UTF_8);
  }
}
