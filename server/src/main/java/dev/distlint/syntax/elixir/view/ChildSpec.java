package dev.distlint.syntax.elixir.view;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import java.util.Optional;

/**
 * One child of a supervisor's children list: {@code {Module, args}} (args is the second element),
 * a bare {@code Module} (args null), {@code Module.child_spec(args)} (args is the first argument),
 * {@code Supervisor.child_spec({Module, args}, ...)}, or a map spec with
 * {@code start: {Module, :fun, args}}. {@code module} is the alias as written, or {@code :name}
 * for an Erlang module; {@code range} covers the whole item and {@code node} is the item itself.
 */
public record ChildSpec(String module, ExNode args, TextRange range, ExNode node) {
  /** The args when they are a keyword list ({@code {DNSCluster, query: ...}}). */
  public Optional<ExList> keywordArgs() {
    if (args instanceof ExList list && !list.items().isEmpty() && list.isKeywordList()) {
      return Optional.of(list);
    }
    return Optional.empty();
  }

  /** The value of keyword option {@code key} in the args. */
  public Optional<ExNode> option(String key) {
    return keywordArgs().flatMap(k -> k.keywordValue(key));
  }
}
