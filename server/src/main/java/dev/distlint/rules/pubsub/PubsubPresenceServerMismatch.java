package dev.distlint.rules.pubsub;

import dev.distlint.base.FileKind;
import dev.distlint.base.Fix;
import dev.distlint.documents.ParsedFile;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.ExWalker;
import dev.distlint.syntax.elixir.view.ChildSpec;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code use Phoenix.Presence, pubsub_server: X} where no {@code {Phoenix.PubSub, name: X}}
 * child starts X. Quiet when any PubSub child's name is not a literal, when either name is a
 * one-segment alias that an {@code alias} directive may expand, or when X itself is started as
 * a child (a module wrapping the PubSub child spec).
 */
public final class PubsubPresenceServerMismatch implements Rule {
  /**
   * The modules started as children: a module of the server's own name started as a child
   * ({@code MyApp.PubSub.child_spec()}) wraps the PubSub child, so the server is started.
   */
  private static final dev.distlint.facts.Fact<java.util.Set<String>> CHILD_MODULES =
      dev.distlint.facts.Fact.of("child-modules", ws -> {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (ParsedFile f : ws.filesOf(FileKind.APP, FileKind.EX)) {
          for (ChildSpec c : ElixirViews.children(f).children()) {
            out.add(c.module().replaceFirst("^Elixir\\.", ""));
          }
        }
        return java.util.Set.copyOf(out);
      });

  @Override
  public String id() {
    return "pubsub-presence-server-mismatch";
  }

  @Override
  public void check(RuleContext ctx) {
    for (ExCall use : ExWalker.calls(ElixirViews.ast(ctx.file()), "use")) {
      if (use.receiver() == null && !use.args().isEmpty()
          && use.args().get(0).asAliasName().filter("Phoenix.Presence"::equals).isPresent()) {
        use.keywordArgs().flatMap(k -> k.keyword("pubsub_server"))
            .ifPresent(p -> checkServer(ctx, p));
      }
    }
  }

  private static void checkServer(RuleContext ctx, ExPair pair) {
    Optional<String> name = nameOf(pair.value());
    List<String> started = startedNames(ctx.workspace());
    if (name.isEmpty() || started == null || started.contains(name.get())
        || !name.get().contains(".") && !name.get().startsWith(":")
        || started.isEmpty() && endpointStartsPubSub(ctx.workspace())
        || CHILD_MODULES.in(ctx.workspace()).contains(name.get())) {
      return;
    }
    String where = started.isEmpty() ? "no {Phoenix.PubSub, name: ...} child exists"
        : "the PubSub children are named " + String.join(", ", started);
    RuleContext.Report r = ctx.at(pair.value().range(), "Presence uses pubsub_server "
        + name.get() + ", but " + where + ": tracking has no server to gossip over.");
    if (started.size() == 1) {
      r.fix(new Fix("Use pubsub_server: " + started.get(0), List.of(new Fix.FileEdit(
          ctx.file().path(), pair.value().range(), started.get(0))), false));
    }
    r.emit();
  }

  /** The literal names of every PubSub child, or null when one is not literal or none shown. */
  private static List<String> startedNames(Workspace ws) {
    if (ws.filesOf(FileKind.APP).stream()
        .allMatch(f -> ElixirViews.children(f).children().isEmpty())) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (ParsedFile f : ws.filesOf(FileKind.APP, FileKind.EX)) {
      for (ChildSpec c : ElixirViews.children(f).children()) {
        if (!c.module().equals("Phoenix.PubSub")) {
          continue;
        }
        Optional<String> n = c.option("name").flatMap(PubsubPresenceServerMismatch::nameOf);
        if (n.isEmpty() || !n.get().contains(".") && !n.get().startsWith(":")) {
          return null;
        }
        names.add(n.get());
      }
    }
    return names;
  }

  private static Optional<String> nameOf(ExNode n) {
    return n.asAliasName().map(a -> a.replaceFirst("^Elixir\\.", ""))
        .or(() -> n.asAtomName().map(a -> ":" + a));
  }

  /** PubSub 1.x: the endpoint config's {@code pubsub: [...]} starts the server. */
  private static boolean endpointStartsPubSub(Workspace ws) {
    return ws.filesOf(FileKind.EXS).stream().flatMap(f -> ElixirViews.config(f).calls().stream())
        .anyMatch(c -> c.get("pubsub").isPresent());
  }
}
