package dev.distlint.knowledge;

import dev.distlint.base.JsonTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The data of every grammar file, read from its YAML once by the build ({@link #main}) and kept
 * as one JSON resource: every run needs the grammars, and reading 180 KB of YAML took 60-100 ms
 * of a run's first analysis. The build checks that each file's data reads back equal and makes
 * a dialect from it, so a broken grammar still fails the build.
 */
final class GrammarIndex {
  static final String RESOURCE = Grammars.RESOURCE_DIR + "index.json";

  private GrammarIndex() {
  }

  /** The index in the jar, by file name; empty when the build did not write it. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> read(ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Map.of();
      }
      return (Map<String, Object>) JsonTree.read(new String(in.readAllBytes(),
          StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the index of the grammar files under {@code <classes>/grammars} into that folder. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]).resolve(Grammars.RESOURCE_DIR);
    Map<String, Object> index = new LinkedHashMap<>();
    for (String file : Grammars.FILES) {
      Object data = GrammarLoader.read(file, Files.newInputStream(dir.resolve(file)));
      GrammarLoader.load(file, data);
      index.put(file, data);
    }
    Files.writeString(dir.resolve("index.json"), JsonTree.write(index, "the grammar files"),
        StandardCharsets.UTF_8);
  }
}
