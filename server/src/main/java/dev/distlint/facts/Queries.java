package dev.distlint.facts;

import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExTuple;
import java.util.ArrayList;
import java.util.List;

/** Reads DNS query values as DNSCluster accepts them: a name, a list, {basename, name} tuples. */
final class Queries {
  private Queries() {
  }

  /** The literal names of a query value; empty when it is not written as literals. */
  static List<String> literals(ExNode value) {
    List<String> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    if (value instanceof ExList list) {
      list.items().forEach(item -> one(item, out));
    } else {
      one(value, out);
    }
    return out;
  }

  private static void one(ExNode item, List<String> out) {
    item.asStringValue().ifPresent(out::add);
    if (item instanceof ExTuple t && t.items().size() == 2) {
      t.items().get(1).asStringValue().ifPresent(out::add);
    }
  }
}
