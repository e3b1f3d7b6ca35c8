package dev.distlint.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrammarFilesTest {

  @Test
  void vmargsTextMateGrammarIsValidJsonWithItsScope() throws IOException {
    String text = Files.readString(Path.of("..", "grammars", "vmargs.tmLanguage.json"));
    JsonObject grammar = JsonParser.parseString(text).getAsJsonObject();
    assertEquals("source.vmargs", grammar.get("scopeName").getAsString());
    assertTrue(grammar.getAsJsonObject("repository").has("eex"));
  }

  @Test
  void theSourceFolderMatchesTheCopiedResources() {
    Grammars fromFolder = Grammars.from(Grammars.FILES, file -> {
      try {
        return Files.newInputStream(Path.of("..", "grammars", file));
      } catch (IOException e) {
        return null;
      }
    });
    assertEquals(byId(fromFolder), byId(Grammars.load()));
  }

  /**
   * The build writes every grammar's data as one JSON index, which the shared grammars are read
   * from; each file's data must be there and equal what its YAML gives.
   */
  @Test
  void theBuildIndexesEveryGrammarFile() throws IOException {
    var index = GrammarIndex.read(Grammars.class.getClassLoader());
    assertEquals(Grammars.FILES, List.copyOf(index.keySet()));
    for (String file : Grammars.FILES) {
      assertEquals(GrammarLoader.read(file, Files.newInputStream(Path.of("..", "grammars", file))),
          index.get(file), file);
    }
  }

  private static java.util.Map<String, Dialect> byId(Grammars g) {
    java.util.Map<String, Dialect> out = new java.util.TreeMap<>();
    g.dialects().forEach(d -> out.put(d.id(), d));
    return out;
  }

  @Test
  void typosInTheDataAreRejected() {
    String yaml = """
        dialect: broken
        title: Broken
        contexts:
          - id: c
            kind: options
            keys:
              - name: k
                doc: d
                defualt: "1"
        """;
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> load(yaml));
    assertTrue(e.getMessage().contains("defualt"), e.getMessage());
  }

  @Test
  void unknownTypesAreRejected() {
    String yaml = """
        dialect: broken
        title: Broken
        contexts:
          - id: c
            kind: options
            keys:
              - {name: k, doc: d, type: "integer | numbr"}
        """;
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> load(yaml));
    assertTrue(e.getMessage().contains("numbr"), e.getMessage());
  }

  @Test
  void sourcesInheritAndParseTheShortForm() {
    String yaml = """
        dialect: small
        title: Small
        source: owner/repo lib/a.ex @ abc123
        contexts:
          - id: c
            kind: options
            keys:
              - {name: k, doc: d, required: "only with x"}
              - {name: j, doc: d, source: "https://example.org/doc"}
        """;
    Dialect dialect = load(yaml);
    KeySpec k = dialect.context("c").orElseThrow().key("k").orElseThrow();
    assertEquals(new Source("owner/repo", "lib/a.ex", "abc123", null), k.source());
    assertTrue(k.required());
    assertEquals("only with x", k.requiredNote());
    assertEquals(List.of("any"), k.types());
    KeySpec j = dialect.context("c").orElseThrow().key("j").orElseThrow();
    assertEquals("https://example.org/doc", j.source().href());
  }

  @Test
  void openedByNamesKeysWithADefault() {
    String yaml = """
        dialect: small
        title: Small
        contexts:
          - id: c
            kind: options
            opened_by: [adapter]
            keys:
              - {name: adapter, doc: d, default: A.Default}
              - {name: size, doc: d}
        """;
    assertEquals(List.of("adapter"), load(yaml).context("c").orElseThrow().openedBy());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> load(yaml.replace("[adapter]", "[size]")));
    assertTrue(e.getMessage().contains("opened_by size"), e.getMessage());
  }

  private static Dialect load(String yaml) {
    return GrammarLoader.load("test.yaml",
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }
}
