package dev.distlint.lsp.features;

import dev.distlint.base.LineIndex;
import dev.distlint.base.PositionEncoding;
import dev.distlint.base.TextRange;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Engine offsets to LSP positions and back, in the negotiated encoding. */
public final class Positions {
  private Positions() {
  }

  public static Range range(LineIndex idx, TextRange r, PositionEncoding enc) {
    return new Range(position(idx, r.start(), enc), position(idx, r.end(), enc));
  }

  public static Position position(LineIndex idx, int offset, PositionEncoding enc) {
    LineIndex.Pos p = idx.position(offset, enc);
    return new Position(p.line(), p.character());
  }

  /** The offset of an LSP position, clamped into the text (bad positions never throw). */
  public static int offset(LineIndex idx, Position p, PositionEncoding enc) {
    if (p == null) {
      return 0;
    }
    return idx.offset(p.getLine(), p.getCharacter(), enc);
  }
}
