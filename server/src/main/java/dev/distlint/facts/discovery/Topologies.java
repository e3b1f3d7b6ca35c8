package dev.distlint.facts.discovery;

import dev.distlint.knowledge.Grammars;
import dev.distlint.knowledge.KeySpec;
import dev.distlint.knowledge.StrategySpec;
import dev.distlint.base.TextRange;
import dev.distlint.facts.Topology;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.documents.ParsedFile;
import java.util.Optional;

/** Small readers shared by the libcluster rules. */
public final class Topologies {
  private Topologies() {
  }

  /** The grammar's description of the topology's strategy, when the strategy is known. */
  public static Optional<StrategySpec> spec(Topology t) {
    return Grammars.load().libclusterStrategy(t.strategy());
  }

  /** The short name used in messages: {@code DNSPoll} for {@code Cluster.Strategy.DNSPoll}. */
  public static String shortName(String module) {
    return module.startsWith("Cluster.Strategy.")
        ? module.substring("Cluster.Strategy.".length()) : module;
  }

  /**
   * The edit that appends {@code text} ({@code key: value}) as the last item of a literal keyword
   * list, on its own line when the list spans several lines.
   */
  public static Optional<TextRange> appendPoint(ExList list) {
    if (list.items().isEmpty()) {
      int end = list.range().end();
      return end > list.range().start() ? Optional.of(TextRange.at(end - 1)) : Optional.empty();
    }
    ExNode last = list.items().get(list.items().size() - 1);
    return Optional.of(TextRange.at(last.range().end()));
  }

  /** The separator before an appended item: a comma and the last item's line indentation. */
  public static String separator(ParsedFile f, ExList list) {
    if (list.items().isEmpty()) {
      return "";
    }
    ExNode first = list.items().get(0);
    ExNode last = list.items().get(list.items().size() - 1);
    int firstLine = f.lines().lineOf(first.range().start());
    int lastLine = f.lines().lineOf(last.range().start());
    if (firstLine == lastLine && f.lines().lineOf(list.range().start()) == firstLine) {
      return ", ";
    }
    String text = f.text();
    int lineStart = text.lastIndexOf('\n', last.range().start() - 1) + 1;
    int indentEnd = lineStart;
    while (indentEnd < text.length() && (text.charAt(indentEnd) == ' '
        || text.charAt(indentEnd) == '\t')) {
      indentEnd++;
    }
    return ",\n" + text.substring(lineStart, Math.min(indentEnd, last.range().start()));
  }

  /** A placeholder value for a key the user still has to fill in. */
  public static String placeholder(KeySpec key) {
    if (key.example() != null && !key.example().isBlank()) {
      return key.example();
    }
    String type = key.types().isEmpty() ? "" : key.types().get(0);
    return switch (type) {
      case "list", "keyword" -> "[]";
      case "integer" -> key.defaultValue() != null ? key.defaultValue() : "5_000";
      case "atom" -> ":TODO";
      default -> "\"TODO\"";
    };
  }
}
