package dev.distlint.lsp.features;

import dev.distlint.assist.Assistants;
import dev.distlint.assist.Suggestion;
import dev.distlint.base.PositionEncoding;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Completion: the assistants' suggestions as LSP items with text edits. */
public final class Completions {
  /** Characters after which clients should ask for completion. */
  public static final List<String> TRIGGERS =
      List.of(":", " ", "-", "+", "$", "{", ".", "_", "=", "[", "<", "@");

  private Completions() {
  }

  public static CompletionList complete(ParsedFile file, int offset, Workspace ws,
      PositionEncoding enc, boolean snippets) {
    List<CompletionItem> items = new ArrayList<>();
    for (Suggestion s : Assistants.complete(file, offset, ws)) {
      CompletionItem it = new CompletionItem(s.label());
      it.setKind(kind(s.kind()));
      it.setDetail(s.detail());
      if (s.documentation() != null) {
        it.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, s.documentation()));
      }
      boolean asSnippet = s.snippet() && snippets;
      String text = s.snippet() && !snippets ? plain(s.insertText()) : s.insertText();
      it.setInsertTextFormat(asSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);
      it.setTextEdit(Either.forLeft(new TextEdit(Positions.range(file.lines(), s.replace(), enc),
          text)));
      it.setFilterText(file.text().substring(s.replace().start(), s.replace().end()).isEmpty()
          ? s.label() : null);
      it.setSortText(s.sortKey());
      items.add(it);
    }
    return new CompletionList(false, items);
  }

  /** A snippet's text for clients without snippet support: placeholders become their defaults. */
  static String plain(String snippet) {
    return snippet.replaceAll("\\$\\{\\d+:([^}]*)}", "$1").replaceAll("\\$\\{?\\d+}?", "")
        .replace("\\$", "$");
  }

  private static CompletionItemKind kind(Suggestion.Kind k) {
    return switch (k) {
      case SNIPPET -> CompletionItemKind.Snippet;
      case KEY -> CompletionItemKind.Property;
      case VALUE -> CompletionItemKind.Value;
      case MODULE -> CompletionItemKind.Module;
      case FLAG -> CompletionItemKind.Keyword;
      case VARIABLE -> CompletionItemKind.Variable;
    };
  }
}
