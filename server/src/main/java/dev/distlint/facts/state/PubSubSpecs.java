package dev.distlint.facts.state;

import dev.distlint.facts.Fact;
import dev.distlint.base.FileKind;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.view.ChildSpec;
import dev.distlint.documents.ParsedFile;
import dev.distlint.documents.View;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The {@code {Phoenix.PubSub, opts}} children of a file, with their literal options. */
public final class PubSubSpecs {
  private static final Fact<List<Spec>> ALL = Fact.of("pub-sub-specs.all", PubSubSpecs::computeAll);
  static final String MODULE = "Phoenix.PubSub";
  static final long DEFAULT_POOL_SIZE = 1;
  static final View<List<Spec>> VIEW = View.of("pubsub-children", PubSubSpecs::read);

  /** One PubSub child; {@code options} is its literal keyword list. */
  public record Spec(String path, ChildSpec child, ExList options) {
    /** The server name as written ({@code Chat.PubSub}, {@code :chat_pubsub}). */
    public Optional<String> name() {
      return options.keywordValue("name").flatMap(n -> n.asAliasName()
          .or(() -> n.asAtomName().map(a -> ":" + a)));
    }

    /** The effective literal pool size: the written integer, or the default when absent. */
    public OptionalLong poolSize() {
      Optional<ExNode> v = options.keywordValue("pool_size");
      if (v.isPresent()) {
        return v.get().asLong();
      }
      return Options.complete(options) ? OptionalLong.of(DEFAULT_POOL_SIZE) : OptionalLong.empty();
    }
  }

  private PubSubSpecs() {
  }

  public static List<Spec> of(ParsedFile f) {
    return f.view(VIEW);
  }

  public static List<Spec> all(Workspace ws) {
    return ALL.in(ws);
  }

  private static List<Spec> computeAll(Workspace ws) {
    return ws.collect(VIEW, FileKind.APP, FileKind.EX);
  }

  private static List<Spec> read(ParsedFile f) {
    List<Spec> out = new ArrayList<>();
    if (f.kind() != FileKind.APP && f.kind() != FileKind.EX) {
      return out;
    }
    for (ChildSpec c : ElixirViews.children(f).children()) {
      if (c.module().equals(MODULE)) {
        c.keywordArgs().ifPresent(opts -> out.add(new Spec(f.path(), c, opts)));
      }
    }
    return List.copyOf(out);
  }
}
