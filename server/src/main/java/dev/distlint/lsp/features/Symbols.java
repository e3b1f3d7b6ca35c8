package dev.distlint.lsp.features;

import dev.distlint.assist.Outline;
import dev.distlint.assist.Symbol;
import dev.distlint.base.PositionEncoding;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** The outline of a document, and the project's named objects for workspace symbol search. */
public final class Symbols {
  /** At most this many workspace symbols are returned for one query. */
  static final int MAX_WORKSPACE = 500;

  private Symbols() {
  }

  public static List<DocumentSymbol> document(ParsedFile f, PositionEncoding enc) {
    List<DocumentSymbol> out = new ArrayList<>();
    for (Symbol s : Outline.of(f)) {
      out.add(toLsp(f, s, enc));
    }
    return out;
  }

  private static DocumentSymbol toLsp(ParsedFile f, Symbol s, PositionEncoding enc) {
    DocumentSymbol d = new DocumentSymbol(s.name().isBlank() ? "?" : s.name(), kind(s.kind()),
        Positions.range(f.lines(), s.range(), enc), Positions.range(f.lines(), s.selection(), enc),
        s.detail());
    List<DocumentSymbol> children = new ArrayList<>();
    s.children().forEach(c -> children.add(toLsp(f, c, enc)));
    d.setChildren(children);
    return d;
  }

  /** Named objects of every file whose name contains the query, ignoring case. */
  public static List<WorkspaceSymbol> workspace(Workspace ws, String query, PositionEncoding enc) {
    String q = query == null ? "" : query.toLowerCase(Locale.ROOT);
    List<WorkspaceSymbol> out = new ArrayList<>();
    for (ParsedFile f : ws.files()) {
      collect(f, Outline.of(f), null, q, enc, out);
    }
    return out;
  }

  private static void collect(ParsedFile f, List<Symbol> symbols, String container, String q,
      PositionEncoding enc, List<WorkspaceSymbol> out) {
    for (Symbol s : symbols) {
      if (out.size() >= MAX_WORKSPACE) {
        return;
      }
      if (named(s.kind()) && s.name().toLowerCase(Locale.ROOT).contains(q)) {
        WorkspaceSymbol w = new WorkspaceSymbol(s.name(), kind(s.kind()), Either.forLeft(
            new Location(Diagnostics.uriOf(f.path()), Positions.range(f.lines(), s.selection(),
                enc))));
        w.setContainerName(container);
        out.add(w);
      }
      collect(f, s.children(), s.name(), q, enc, out);
    }
  }

  /** Objects worth finding across the project; keys, flags and variables are outline only. */
  private static boolean named(Symbol.Kind k) {
    return k == Symbol.Kind.OBJECT || k == Symbol.Kind.MODULE || k == Symbol.Kind.EVENT
        || k == Symbol.Kind.NAMESPACE;
  }

  private static SymbolKind kind(Symbol.Kind k) {
    return switch (k) {
      case OBJECT -> SymbolKind.Object;
      case MODULE -> SymbolKind.Module;
      case KEY -> SymbolKind.Key;
      case VARIABLE -> SymbolKind.Variable;
      case FLAG -> SymbolKind.Constant;
      case EVENT -> SymbolKind.Event;
      case NAMESPACE -> SymbolKind.Namespace;
    };
  }
}
