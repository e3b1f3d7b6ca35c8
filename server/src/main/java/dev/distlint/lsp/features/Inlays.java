package dev.distlint.lsp.features;

import dev.distlint.assist.InlayHint;
import dev.distlint.assist.InlayHints;
import dev.distlint.base.PositionEncoding;
import dev.distlint.base.TextRange;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.InlayHintKind;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Inlay hints of the requested range, as LSP items placed after their values. */
public final class Inlays {
  private Inlays() {
  }

  public static List<org.eclipse.lsp4j.InlayHint> hints(ParsedFile f, TextRange range,
      Workspace ws, PositionEncoding enc) {
    List<org.eclipse.lsp4j.InlayHint> out = new ArrayList<>();
    for (InlayHint h : InlayHints.of(f, ws)) {
      if (h.offset() < range.start() || h.offset() > range.end()) {
        continue;
      }
      var hint = new org.eclipse.lsp4j.InlayHint(Positions.position(f.lines(), h.offset(), enc),
          Either.forLeft(h.label()));
      hint.setKind(InlayHintKind.Parameter);
      hint.setPaddingLeft(true);
      if (h.tooltip() != null) {
        hint.setTooltip(Either.forRight(new MarkupContent(MarkupKind.PLAINTEXT, h.tooltip())));
      }
      out.add(hint);
    }
    return out;
  }
}
