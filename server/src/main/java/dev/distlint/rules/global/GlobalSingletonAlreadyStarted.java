package dev.distlint.rules.global;

import dev.distlint.base.FileKind;
import dev.distlint.documents.ParsedFile;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.ExTuple;
import dev.distlint.syntax.elixir.ExWalker;
import dev.distlint.syntax.elixir.view.ChildSpec;
import java.util.Optional;
import java.util.Set;

/**
 * A module whose {@code start_link} registers a {@code {:global, name}} and which an application
 * starts on every node, while nothing in {@code start_link} handles {@code :already_started}
 * and the module defines no {@code child_spec} of its own.
 */
public final class GlobalSingletonAlreadyStarted implements Rule {
  private static final Set<String> STARTS = Set.of("GenServer.start_link", "Agent.start_link",
      "GenStateMachine.start_link", ":gen_statem.start_link", ":gen_server.start_link");

  private record Child(String path, ChildSpec spec) {
  }

  @Override
  public String id() {
    return "global-singleton-already-started";
  }

  @Override
  public void check(RuleContext ctx) {
    for (ExCall mod : ExWalker.calls(ElixirViews.ast(ctx.file()), "defmodule")) {
      Optional<String> name = mod.arg(0).flatMap(ExNode::asAliasName);
      if (name.isEmpty() || mod.doBlock() == null || definesChildSpec(mod)) {
        continue;
      }
      Child child = startedByApplication(ctx, name.get());
      if (child == null) {
        continue;
      }
      for (ExCall def : ExWalker.calls(mod.doBlock(), "def")) {
        if (isStartLink(def) && !ctx.file().slice(def.range()).contains("already_started")) {
          globalName(def).ifPresent(p -> ctx.at(p.range(), name.get() + " registers "
              + ctx.file().slice(p.value().range()) + " and every node starts it: on all nodes"
              + " but one start_link returns {:error, {:already_started, pid}}, which the"
              + " supervisor treats as a failed start.")
              .related(child.path(), child.spec().range(), "Started here on every node")
              .emit());
        }
      }
    }
  }

  private static boolean isStartLink(ExCall def) {
    return !def.args().isEmpty() && def.args().get(0) instanceof ExCall head
        && head.name().equals("start_link") && head.receiver() == null;
  }

  private static boolean definesChildSpec(ExCall mod) {
    return ExWalker.calls(mod.doBlock(), "def").stream().anyMatch(d -> !d.args().isEmpty()
        && d.args().get(0) instanceof ExCall h && h.name().equals("child_spec"));
  }

  /** The {@code name: {:global, _}} option of a start call in the function. */
  private static Optional<ExPair> globalName(ExCall def) {
    for (ExCall c : ExWalker.findAll(def, ExCall.class)) {
      if (!STARTS.contains(c.name())) {
        continue;
      }
      Optional<ExPair> name = c.keywordArgs().flatMap(k -> k.keyword("name"))
          .filter(p -> p.value() instanceof ExTuple t && t.items().size() == 2
              && t.items().get(0).asAtomName().filter("global"::equals).isPresent());
      if (name.isPresent()) {
        return name;
      }
    }
    return Optional.empty();
  }

  private static Child startedByApplication(RuleContext ctx, String module) {
    for (ParsedFile f : ctx.workspace().filesOf(FileKind.APP)) {
      for (ChildSpec c : ElixirViews.children(f).children()) {
        if (c.module().equals(module)) {
          return new Child(f.path(), c);
        }
      }
    }
    return null;
  }
}
