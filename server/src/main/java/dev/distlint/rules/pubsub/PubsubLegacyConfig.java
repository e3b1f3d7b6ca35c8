package dev.distlint.rules.pubsub;

import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.FileKind;
import dev.distlint.base.FileKind;
import dev.distlint.facts.LibraryVersions;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.view.ConfigCall;
import dev.distlint.documents.ParsedFile;
import java.util.List;
import java.util.Optional;

/**
 * PubSub 1.x settings in the application environment that start no server: an endpoint
 * {@code pubsub:} list without an adapter (the endpoint starts a PubSub child only from one with
 * an adapter, and since Phoenix 1.5 logs that the key is deprecated), and an adapter under
 * {@code config :app, SomeModule} that no application code reads. Projects known to use Phoenix
 * before 1.5 are left alone for the endpoint form, whose message describes 1.5 and later.
 */
public final class PubsubLegacyConfig implements Rule {
  private static final String PUBSUB_PREFIX = "Phoenix.PubSub.";

  @Override
  public String id() {
    return "pubsub-legacy-config";
  }

  @Override
  public void check(RuleContext ctx) {
    for (ConfigCall c : ElixirViews.config(ctx.file()).calls()) {
      if (c.module() == null) {
        continue;
      }
      if (c.module().endsWith("Endpoint") && !LibraryVersions.knownBelow(ctx.workspace(),
          ctx.file().path(), "phoenix", 1, 5, 0)) {
        c.options().keyword("pubsub").ifPresent(p -> reportEndpoint(ctx, c, p));
      }
      Optional<ExPair> adapter = c.options().keyword("adapter");
      if (adapter.isPresent() && adapter.get().value().asAliasName()
          .map(n -> n.startsWith(PUBSUB_PREFIX)).orElse(false) && !readByApp(ctx, c)) {
        ctx.report(adapter.get().range(), "config :" + c.app() + ", " + c.module()
            + " sets a PubSub adapter in the application environment; Phoenix.PubSub 2 takes"
            + " its options from the {Phoenix.PubSub, name: ...} child and ignores this.");
      }
    }
  }

  private static void reportEndpoint(RuleContext ctx, ConfigCall c, ExPair pubsub) {
    if (!(pubsub.value() instanceof ExList opts) || opts.items().isEmpty()
        || opts.keyword("adapter").isPresent()) {
      return;
    }
    RuleContext.Report r = ctx.at(pubsub.keyRange(), c.module() + " pubsub: [...] has no"
        + " adapter, so the endpoint starts no PubSub server from it, and Phoenix 1.5+ reads the"
        + " server's name only from pubsub_server.");
    Optional<ExNode> name = opts.keywordValue("name").filter(n -> n.asAliasName().isPresent()
        || n.asAtomName().isPresent());
    name.ifPresent(n -> r.fix(new Fix("Replace with pubsub_server: " + ctx.file().slice(n.range()),
        List.of(new Fix.FileEdit(ctx.file().path(), pubsub.range(),
            "pubsub_server: " + ctx.file().slice(n.range()))), false)));
    r.emit();
  }

  /** The application passes this config to a child itself ({@code Application.get_env}). */
  private static boolean readByApp(RuleContext ctx, ConfigCall c) {
    String needle = ":" + c.app() + ", " + c.module();
    for (ParsedFile f : ctx.workspace().filesOf(FileKind.APP, FileKind.EX)) {
      String t = f.text();
      if (t.contains("get_env(" + needle) || t.contains("fetch_env!(" + needle)
          || t.contains("fetch_env(" + needle)) {
        return true;
      }
    }
    return false;
  }
}
