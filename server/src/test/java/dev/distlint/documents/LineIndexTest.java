package dev.distlint.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.distlint.base.PositionEncoding;
import dev.distlint.base.LineIndex;
import org.junit.jupiter.api.Test;

class LineIndexTest {
  // "a😀b" : the emoji is two UTF-16 units, four UTF-8 bytes, one code point.
  static final String EMOJI = "x: \"a\uD83D\uDE00b\"\r\ny: 1\rz: 2\n";

  @Test
  void utf16IsStringIndexWithinTheLine() {
    LineIndex idx = new LineIndex(EMOJI);
    int b = EMOJI.indexOf('b');
    assertEquals(new LineIndex.Pos(0, 7), idx.position(b, PositionEncoding.UTF16));
    assertEquals(b, idx.offset(0, 7, PositionEncoding.UTF16));
  }

  @Test
  void utf8CountsBytes() {
    LineIndex idx = new LineIndex(EMOJI);
    int b = EMOJI.indexOf('b');
    assertEquals(new LineIndex.Pos(0, 9), idx.position(b, PositionEncoding.UTF8));
    assertEquals(b, idx.offset(0, 9, PositionEncoding.UTF8));
  }

  @Test
  void crlfAndLoneCrEndLines() {
    LineIndex idx = new LineIndex(EMOJI);
    assertEquals(4, idx.lineCount());
    assertEquals(new LineIndex.Pos(1, 0), idx.position(EMOJI.indexOf('y'), PositionEncoding.UTF16));
    assertEquals(new LineIndex.Pos(2, 0), idx.position(EMOJI.indexOf('z'), PositionEncoding.UTF16));
    // The end of line 0 is before "\r\n", never between them.
    assertEquals(EMOJI.indexOf('\r'), idx.lineContentEnd(0));
    assertEquals(new LineIndex.Pos(0, 9),
        idx.position(EMOJI.indexOf('\n'), PositionEncoding.UTF16));
  }

  @Test
  void positionsOutsideTheTextClamp() {
    LineIndex idx = new LineIndex(EMOJI);
    assertEquals(EMOJI.indexOf('\r'), idx.offset(0, 999, PositionEncoding.UTF16));
    assertEquals(EMOJI.length(), idx.offset(99, 0, PositionEncoding.UTF16));
    assertEquals(0, idx.offset(-1, -5, PositionEncoding.UTF16));
    assertEquals(new LineIndex.Pos(3, 0), idx.position(10_000, PositionEncoding.UTF16));
  }

  @Test
  void characterNearIntegerMaxValueClampsInsteadOfOverflowing() {
    LineIndex idx = new LineIndex(EMOJI);
    for (PositionEncoding enc : PositionEncoding.values()) {
      assertEquals(EMOJI.indexOf('\r'), idx.offset(0, Integer.MAX_VALUE, enc));
      assertEquals(EMOJI.indexOf('\r') + 2, idx.offset(1, Integer.MIN_VALUE, enc));
    }
    TextDocument doc = new TextDocument("u", 1, EMOJI).applyChange(0, Integer.MAX_VALUE, 0,
        Integer.MAX_VALUE, "!", 2, PositionEncoding.UTF16);
    assertEquals(EMOJI.replace("\"\r\n", "\"!\r\n"), doc.text());
  }

  @Test
  void aPositionInsideASurrogatePairMovesToItsStart() {
    LineIndex idx = new LineIndex(EMOJI);
    int hi = EMOJI.indexOf('\uD83D');
    assertEquals(hi, idx.offset(0, 6, PositionEncoding.UTF16));
    assertEquals(new LineIndex.Pos(0, 5), idx.position(hi + 1, PositionEncoding.UTF16));
  }

  @Test
  void incrementalEditsUseTheNegotiatedEncoding() {
    TextDocument d = new TextDocument("u", 1, EMOJI);
    // Replace "b" (UTF-8 column 9) with "c".
    TextDocument next = d.applyChange(0, 9, 0, 10, "c", 2, PositionEncoding.UTF8);
    assertEquals(EMOJI.replace('b', 'c'), next.text());
    // A reversed range is swapped, not rejected.
    TextDocument rev = d.applyChange(1, 4, 1, 3, "2", 3, PositionEncoding.UTF16);
    assertEquals(EMOJI.replace("y: 1", "y: 2"), rev.text());
  }

  /** The index an edit derives is the one reading the edited text gives, CR/LF pairs included. */
  @Test
  void anEditedIndexEqualsOneBuiltFromTheText() {
    java.util.Random rnd = new java.util.Random(7);
    String alphabet = "ab\r\n\n\r-";
    for (int round = 0; round < 20_000; round++) {
      String text = random(rnd, alphabet, rnd.nextInt(12));
      int a = rnd.nextInt(text.length() + 1);
      int b = a + rnd.nextInt(text.length() - a + 1);
      String ins = random(rnd, alphabet, rnd.nextInt(4));
      String edited = text.substring(0, a) + ins + text.substring(b);
      LineIndex want = new LineIndex(edited);
      LineIndex got = new LineIndex(text).edited(a, b, ins, edited);
      String what = "'" + text + "' [" + a + "," + b + ") <- '" + ins + "'";
      assertEquals(want.lineCount(), got.lineCount(), what);
      for (int l = 0; l < want.lineCount(); l++) {
        assertEquals(want.lineStart(l), got.lineStart(l), what + " line " + l);
      }
      assertEquals(edited, got.text());
    }
  }

  @Test
  void anAppliedChangeCarriesTheIndexOfItsText() {
    TextDocument d = new TextDocument("u", 1, EMOJI);
    TextDocument next = d.applyChange(0, 3, 1, 1, "\r", 2, PositionEncoding.UTF16);
    LineIndex want = new LineIndex(next.text());
    assertEquals(want.lineCount(), next.lines().lineCount());
    for (int l = 0; l < want.lineCount(); l++) {
      assertEquals(want.lineStart(l), next.lines().lineStart(l));
    }
  }

  private static String random(java.util.Random rnd, String alphabet, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
