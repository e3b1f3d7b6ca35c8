package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.elixir.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code %{...}} and {@code %Struct{...}} for {@link ElixirParser}: the items are parsed as
 * ordinary expressions and then sorted into entries ({@code k => v} and {@code key: v}) and the
 * base of an update ({@code %{base | key: v}}).
 */
final class MapParser {
  private final ElixirParser parser;

  MapParser(ElixirParser parser) {
    this.parser = parser;
  }

  ExNode parseMap() {
    Token percent = parser.next();
    String struct = null;
    Token t = parser.peek();
    if (!t.is(Kind.LBRACE)) {
      if ((t.is(Kind.ALIAS) || t.is(Kind.IDENT)) && !t.spaceBefore) {
        parser.next();
        struct = t.text;
      } else if (t.isOp("@") && parser.peekAt(1).is(Kind.IDENT)) {
        parser.next();
        struct = "@" + parser.next().text;
      }
      if (!parser.peek().is(Kind.LBRACE)) {
        return new ExOpaque(TokenCursor.range(percent.start, parser.prevEnd()));
      }
    }
    parser.next();
    List<ExNode> items = parser.parseItems(Kind.RBRACE);
    ExNode base = null;
    List<ExPair> entries = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      ExNode item = items.get(i);
      if (i == 0 && item instanceof ExBinary b && b.op().equals("|")) {
        base = b.left();
        addEntry(entries, b.right());
      } else {
        addEntry(entries, item);
      }
    }
    return new ExMap(entries, struct, base, TokenCursor.range(percent.start, parser.prevEnd()));
  }

  private static void addEntry(List<ExPair> entries, ExNode item) {
    if (item instanceof ExPair pair) {
      entries.add(pair);
    } else if (item instanceof ExList list && list.isKeywordList()) {
      list.items().forEach(e -> addEntry(entries, e));
    } else if (item instanceof ExBinary b && b.op().equals("=>")) {
      entries.add(new ExPair(b.left(), b.right(), b.left().range(), b.range()));
    } else if (!item.isMissing()) {
      TextRange r = item.range();
      entries.add(new ExPair(item, ExOpaque.missing(r.end()), r, r));
    }
  }
}
