package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A map {@code %{k => v, key: v}} or struct {@code %Struct{...}}. {@code struct} is the struct's
 * name as written, null for a plain map; {@code base} is the map being updated in
 * {@code %{base | key: v}}, else null. An entry the parser could not read as a pair has an
 * {@link ExOpaque} missing value.
 */
public record ExMap(List<ExPair> entries, String struct, ExNode base, TextRange range)
    implements ExNode {
  public ExMap {
    entries = List.copyOf(entries);
  }

  @Override
  public List<ExNode> children() {
    List<ExNode> out = new ArrayList<>(entries.size() + 1);
    if (base != null) {
      out.add(base);
    }
    out.addAll(entries);
    return out;
  }

  /** The entry whose key is the atom {@code key} (written {@code key: v} or {@code :key => v}). */
  public Optional<ExPair> atomKey(String key) {
    return entries.stream().filter(e -> key.equals(e.keyName())).findFirst();
  }
}
