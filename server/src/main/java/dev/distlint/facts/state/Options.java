package dev.distlint.facts.state;

import dev.distlint.base.Fix;
import dev.distlint.base.TextRange;
import dev.distlint.syntax.elixir.ExBinary;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.ExWalker;
import java.util.Optional;

/** Small readers of option lists shared by the state-library rules. */
public final class Options {
  private Options() {
  }

  /**
   * True when {@code list} is written out completely: every item a keyword pair with a known key,
   * so a missing key is really missing (not hidden in a variable or a spliced list).
   */
  public static boolean complete(ExList list) {
    return list != null && list.items().stream().allMatch(i -> i instanceof ExPair p
        && p.keyName() != null);
  }

  /**
   * The first call under {@code node} whose value depends on the machine it runs on (the
   * scheduler or processor count), if any.
   */
  public static Optional<ExCall> machineDependent(ExNode node) {
    for (ExCall c : ExWalker.findAll(node, ExCall.class)) {
      if (c.name().equals(":erlang.system_info")) {
        boolean schedulers = c.arg(0).flatMap(ExNode::asAtomName)
            .map(n -> n.startsWith("schedulers") || n.equals("logical_processors")
                || n.equals("logical_processors_available"))
            .orElse(false);
        if (schedulers) {
          return Optional.of(c);
        }
      } else if (c.name().startsWith("System.schedulers")) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** True when {@code list} has a {@code [head | tail]} item: its length is not literal. */
  static boolean hasTail(ExList list) {
    return list.items().stream().anyMatch(i -> i instanceof ExBinary b && b.op().equals("|"));
  }

  /**
   * An edit that adds {@code key: value} to a keyword list: before its first item, or inside the
   * brackets of an empty list written as {@code []}.
   */
  public static Fix.FileEdit insertFirst(String path, ExList list, String text, String source) {
    if (!list.items().isEmpty()) {
      return new Fix.FileEdit(path, TextRange.at(list.items().get(0).range().start()),
          text + ", ");
    }
    TextRange r = list.range();
    boolean bracketed = r.length() >= 2 && source.charAt(r.start()) == '[';
    int at = bracketed ? r.start() + 1 : r.start();
    return new Fix.FileEdit(path, TextRange.at(at), text);
  }
}
