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

  /** The split as a reading of the text line by line. */
  private static java.util.List<int[]> splitByLines(String text) {
    java.util.List<int[]> spans = new java.util.ArrayList<>();
    int start = 0;
    int len = text.length();
    boolean directives = false;
    int i = 0;
    while (i < len) {
      int lineStart = i;
      boolean marker = text.startsWith("---", i)
          && (i + 3 == len || " \t\n\r".indexOf(text.charAt(i + 3)) >= 0);
      if (marker && lineStart > start && !directives) {
        spans.add(new int[] {start, lineStart});
        start = lineStart;
      }
      if (text.charAt(i) == '%') {
        directives = true;
      } else if (text.startsWith("---", i)) {
        directives = false;
      }
      while (i < len) {
        char c = text.charAt(i++);
        if (c == '\n') {
          break;
        }
        if (c == '\r') {
          if (i < len && text.charAt(i) == '\n') {
            i++;
          }
          break;
        }
      }
    }
    spans.add(new int[] {start, len});
    return spans;
  }

  @Test
  void documentsSplitAsALineByLineReadingSplitsThem() {
    java.util.Random rnd = new java.util.Random(11);
    String[] pieces = {"---", "-", "%", "a", " ", "\t", "\n", "\r", "\r\n", "--- x", "%YAML 1.2"};
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int n = rnd.nextInt(14); n > 0; n--) {
        sb.append(pieces[rnd.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      java.util.List<int[]> want = splitByLines(text);
      java.util.List<int[]> got = YamlParser.split(text);
      assertEquals(want.size(), got.size(), text);
      for (int k = 0; k < want.size(); k++) {
        assertEquals(java.util.Arrays.toString(want.get(k)), java.util.Arrays.toString(got.get(k)),
            text);
      }
    }
  }
}
