package dev.distlint.syntax.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plain reader gives exactly what snakeyaml's composer gives (values, styles, positions) on
 * every document it reads, and leaves every other document to it: checked on every YAML file of
 * the tests and examples, and on thousands of variants of their documents (lines cut, dropped,
 * indented, joined, characters put in).
 */
class PlainBlockYamlTest {
  private static final List<Path> ROOTS = List.of(Path.of("src/test/resources"),
      Path.of("../examples"));

  private static List<String> documents() throws IOException {
    Set<String> out = new LinkedHashSet<>();
    for (Path root : ROOTS) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          String name = f.getFileName().toString();
          if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
            continue;
          }
          byte[] bytes = Files.readAllBytes(f);
          if (bytes.length > 300_000) {
            continue;
          }
          String text = new String(bytes, StandardCharsets.UTF_8);
          for (int[] span : YamlParser.split(text)) {
            out.add(text.substring(span[0], span[1]));
          }
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** Variants of a document: each line cut, dropped, indented or joined to the next, and more. */
  private static List<String> variants(String doc) {
    List<String> out = new ArrayList<>();
    String[] lines = doc.split("\n", -1);
    for (int i = 0; i < lines.length && i < 60; i++) {
      String[] v = lines.clone();
      v[i] = v[i].substring(0, v[i].length() / 2);
      out.add(String.join("\n", v));
      v = lines.clone();
      v[i] = " " + v[i];
      out.add(String.join("\n", v));
      v = lines.clone();
      v[i] = v[i].replaceFirst("^  ", "");
      out.add(String.join("\n", v));
      v = lines.clone();
      v[i] = v[i] + ":";
      out.add(String.join("\n", v));
      v = lines.clone();
      v[i] = v[i] + " # note: x";
      out.add(String.join("\n", v));
      v = lines.clone();
      v[i] = v[i].replace(": ", ":  ").replace("- ", "-   ");
      out.add(String.join("\n", v));
      List<String> dropped = new ArrayList<>(List.of(lines));
      dropped.remove(i);
      out.add(String.join("\n", dropped));
      if (i + 1 < lines.length) {
        v = lines.clone();
        v[i] = v[i] + " " + v[i + 1].strip();
        v[i + 1] = "";
        out.add(String.join("\n", v));
      }
    }
    for (String s : new String[] {"'", "\"", "#", "-", ":", "&a", "*a", "!t", "[", "{", "|",
        "é", "\t", "\\", "---", "...", "\r", "\u0085", "\u2028", "\ufeff", ": ", "? ", ","}) {
      int at = doc.length() / 3;
      out.add(doc.substring(0, at) + s + doc.substring(at));
      int eol = doc.indexOf('\n', at);
      if (eol > 0) {
        out.add(doc.substring(0, eol) + " " + s + doc.substring(eol));
      }
    }
    return out;
  }

  @Test
  void readsWhatTheComposerReadsOrLeavesIt() throws IOException {
    List<String> docs = documents();
    assertTrue(docs.size() > 100, "documents to compare: " + docs.size());
    int read = 0;
    int compared = 0;
    for (String doc : docs) {
      List<String> all = new ArrayList<>(variants(doc));
      all.add(0, doc);
      for (String d : all) {
        compared++;
        PlainBlockYaml.Result plain = PlainBlockYaml.read(d);
        if (plain == null) {
          continue;
        }
        read++;
        YamlParser.Chunk general = YamlParser.general(d);
        assertNull(general.errorMessage(), () -> "read a document the composer refuses:\n" + d);
        assertEquals(general.root(), plain.root(), () -> "differs on:\n" + d);
        assertEquals(general.weight(), 2L * d.length() + YamlParser.NODE_BYTES * plain.nodes(),
            () -> "node count differs on:\n" + d);
      }
    }
    // most real documents are plain enough
    assertTrue(read > compared / 10, read + " of " + compared + " read");
  }

  @Test
  void readsTheUsualManifestShapes() {
    String doc = "apiVersion: apps/v1 # comment\nkind: Deployment\nmetadata:\n  name: 'chat'\n"
        + "  labels:\n    app: chat\nspec:\n  replicas: 3\n  template:\n    spec:\n"
        + "      containers:\n      - name: chat\n        args:\n        - --port=4000\n"
        + "        - \"x y\"\n        env:\n          - name: A\n            value:\n"
        + "          - {name: B, valueFrom: {fieldRef: {fieldPath: status.podIP}}}\n"
        + "        ports: [ ]\n        resources: {}\n        command: [\"sh\", 'c', -x, a:b]\n"
        + "\n# trailing\n";
    PlainBlockYaml.Result plain = PlainBlockYaml.read(doc);
    assertNotNull(plain);
    assertEquals(YamlParser.general(doc).root(), plain.root());
  }

  @Test
  void leavesOtherShapesToTheComposer() {
    for (String doc : List.of("a: [1,\n  2]\n", "a: {b: c,}\n", "a: [b: c]\n",
        "a: {b}\n", "a: {\"b\": c}\n", "a: {b: c}#x\n", "a: |\n  x\n", "a: &x 1\nb: *x\n",
        "a: !!str 1\n", "a: \"x\\ty\"\n", "a: 'it''s'\n", "a: b\n  c\n", "\"a\": 1\n",
        "? a\n: b\n", "a:\tb\n", "a: b\r\n", "- - a\n", "a: b: c\n", "---\n", "",
        "# only a comment\n", "a: 😀\n", "a" + " ".repeat(1100) + ": b\n",
        "x: {" + "k".repeat(1030) + ": v}\n", "x: {k" + " ".repeat(1030) + "v: v}\n", "a: b\u0085c: d\n", "a: b\u2028c: d\n", "a: \ufeffb\n")) {
      assertNull(PlainBlockYaml.read(doc), doc);
    }
  }
}
