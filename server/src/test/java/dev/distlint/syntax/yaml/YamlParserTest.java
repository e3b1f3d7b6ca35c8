package dev.distlint.syntax.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.base.TextRange;
import org.junit.jupiter.api.Test;

class YamlParserTest {
  @Test
  void everyDocumentIsKeptAndAnErrorStaysInItsDocument() {
    String text = "a: 1\n---\nb: [1, 2\n---\nc: 3\n";
    YamlFile f = YamlParser.parse(text);
    assertEquals(3, f.documents().size());
    assertNotNull(f.documents().get(0).root());
    assertNotNull(f.documents().get(1).problem());
    assertEquals("3", f.documents().get(2).rootMap().string("c"));
    assertEquals(1, f.problems().size());
    assertEquals("yaml-syntax", f.problems().get(0).code());
    int at = f.problems().get(0).range().start();
    assertTrue(at >= text.indexOf("b:") && at <= text.indexOf("c:"), "error inside document 2");
  }

  @Test
  void rangesAreFileOffsetsEvenWithEmojiAndCrlf() {
    String text = "note: \"\uD83D\uDE00\uD83D\uDE00\"\r\n---\r\nkind: Service\r\nname: x\r\n";
    YamlFile f = YamlParser.parse(text);
    YamlDocument d = f.documents().get(1);
    YScalar name = d.rootMap().scalar("name");
    TextRange r = d.range(name);
    assertEquals("x", text.substring(r.start(), r.end()));
    YScalar note = f.documents().get(0).rootMap().scalar("note");
    TextRange nr = f.documents().get(0).range(note);
    assertEquals("\"\uD83D\uDE00\uD83D\uDE00\"", text.substring(nr.start(), nr.end()));
  }

  @Test
  void anEditReparsesOnlyItsDocumentAndOffsetsFollow() {
    String a = "x: 1\n---\ny: 2\n";
    YamlParser.parse(a);
    String b = "x: 100\n---\ny: 2\n";
    YamlFile f = YamlParser.parse(b);
    YScalar y = f.documents().get(1).rootMap().scalar("y");
    TextRange r = f.documents().get(1).range(y);
    assertEquals("2", b.substring(r.start(), r.end()));
  }

  @Test
  void aliasBombsAndDeepNestingBecomeProblems() {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    String prev = "a";
    for (int i = 0; i < 12; i++) {
      String name = "b" + i;
      bomb.append(name).append(": &").append(name).append(" [");
      for (int j = 0; j < 9; j++) {
        bomb.append(j == 0 ? "" : ", ").append('*').append(prev);
      }
      bomb.append("]\n");
      prev = name;
    }
    YamlFile f = YamlParser.parse(bomb.toString());
    assertEquals(1, f.problems().size());
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    YamlFile g = YamlParser.parse(deep);
    assertEquals(1, g.problems().size());
  }

  @Test
  void tagsNeverConstructObjects() {
    YamlFile f = YamlParser.parse("x: !!javax.script.ScriptEngineManager [!!java.net.URL [\"http://h\"]]\n");
    // The node graph is read; nothing is instantiated and no problem is raised for the tag.
    assertNotNull(f.documents().get(0).root());
    assertNull(f.documents().get(0).problem());
  }
}
