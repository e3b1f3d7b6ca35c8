package dev.distlint.syntax.elixir;

import dev.distlint.base.TextRange;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A node of the tolerant Elixir syntax tree. Every node carries the exact range of source text it
 * was read from (UTF-16 offsets, half-open), so that rules can report on precisely the value they
 * judge. The tree is built without evaluating anything: it is what the text says, not what it
 * would compute. What the parser could not understand is an {@link ExOpaque}.
 *
 * <p>The tree is bounded in depth (see {@link ElixirParser#MAX_DEPTH}), so recursive walks over it
 * are safe, but {@link ExWalker} is iterative and should be preferred.
 */
public sealed interface ExNode
    permits ExAtom, ExString, ExCharlist, ExSigil, ExNumber, ExAlias, ExVar, ExList, ExTuple, ExMap,
        ExPair, ExCall, ExBinary, ExUnary, ExBlock, ExClause, ExAttribute, ExFn, ExOpaque {

  TextRange range();

  /** The direct children in source order; never null. */
  List<ExNode> children();

  /** The atom's name (without the colon) when this node is an atom, including true/false/nil. */
  default Optional<String> asAtomName() {
    return this instanceof ExAtom a ? Optional.of(a.name()) : Optional.empty();
  }

  /** The value of a plain (not interpolated) string. */
  default Optional<String> asStringValue() {
    return this instanceof ExString s && s.value() != null ? Optional.of(s.value()) : Optional.empty();
  }

  /** The dotted name of an alias such as {@code Cluster.Strategy.Kubernetes}. */
  default Optional<String> asAliasName() {
    return this instanceof ExAlias a ? Optional.of(a.name()) : Optional.empty();
  }

  /** The value of an integer literal ({@code 5_000}, {@code 0x1F}, {@code -1}) that fits a long. */
  default OptionalLong asLong() {
    if (this instanceof ExNumber n && n.value() instanceof Long l) {
      return OptionalLong.of(l);
    }
    return OptionalLong.empty();
  }

  /** True for the zero-length {@link ExOpaque} that stands where a value was expected but absent. */
  default boolean isMissing() {
    return false;
  }
}
