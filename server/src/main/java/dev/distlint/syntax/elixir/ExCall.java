package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A call, with or without parentheses: {@code config :app, key: v}, {@code System.get_env("X")},
 * {@code if cond do ... end}, {@code def deps do ... end}, {@code map.field}.
 *
 * <p>{@code name} is qualified when the receiver is an alias or an atom ({@code "System.get_env"},
 * {@code ":erlang.nodes"}), otherwise it is the bare function name and the receiver (a variable,
 * another call) is in {@code receiver}. Three forms have synthetic names, as in Elixir's own
 * syntax tree: {@code "Access.get"} for {@code x[key]} (args: subject, key), {@code "."} for an
 * anonymous call {@code f.(x)}, {@code "<<>>"} for a binary. A trailing keyword list written
 * without brackets is one {@link ExList} of {@link ExPair} as the last argument.
 *
 * <p>{@code blocks} are the {@code do}, {@code else}, {@code after}, {@code rescue} and
 * {@code catch} sections of a do-block, in order, each labelled. {@code nameRange} covers the
 * function name only.
 */
public record ExCall(String name, ExNode receiver, List<ExNode> args, List<ExBlock> blocks,
    TextRange nameRange, TextRange range) implements ExNode {
  public ExCall {
    args = List.copyOf(args);
    blocks = List.copyOf(blocks);
  }

  @Override
  public List<ExNode> children() {
    List<ExNode> out = new ArrayList<>(args.size() + blocks.size() + 1);
    if (receiver != null) {
      out.add(receiver);
    }
    out.addAll(args);
    out.addAll(blocks);
    return out;
  }

  /** The function name without its qualifier: {@code "get_env"} for {@code System.get_env}. */
  public String localName() {
    int dot = name.lastIndexOf('.');
    return dot >= 0 && dot < name.length() - 1 ? name.substring(dot + 1) : name;
  }

  public Optional<ExNode> arg(int index) {
    return index < args.size() ? Optional.of(args.get(index)) : Optional.empty();
  }

  /** The trailing keyword list argument, when the last argument is one. */
  public Optional<ExList> keywordArgs() {
    if (!args.isEmpty() && args.get(args.size() - 1) instanceof ExList l && !l.items().isEmpty()
        && l.isKeywordList()) {
      return Optional.of(l);
    }
    return Optional.empty();
  }

  /** The do-block section with this label ({@code "do"}, {@code "else"}, ...). */
  public Optional<ExBlock> block(String label) {
    return blocks.stream().filter(b -> label.equals(b.label())).findFirst();
  }

  public ExBlock doBlock() {
    return block("do").orElse(null);
  }

  public ExBlock elseBlock() {
    return block("else").orElse(null);
  }

  /**
   * The statements run for {@code label} ("do" or "else"), whether written as a do-block section or
   * as the keyword form {@code if c, do: x, else: y}.
   */
  public List<ExNode> sectionStatements(String label) {
    Optional<ExBlock> block = block(label);
    if (block.isPresent()) {
      return block.get().statements();
    }
    return keywordArgs().flatMap(k -> k.keywordValue(label)).map(List::of).orElse(List.of());
  }
}
