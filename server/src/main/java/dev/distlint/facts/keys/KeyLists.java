package dev.distlint.facts.keys;

import dev.distlint.documents.ParsedFile;
import dev.distlint.documents.View;
import dev.distlint.facts.Discovery;
import dev.distlint.facts.Topology;
import dev.distlint.facts.discovery.Topologies;
import dev.distlint.knowledge.Context;
import dev.distlint.knowledge.Dialect;
import dev.distlint.knowledge.Grammars;
import dev.distlint.knowledge.KeySpec;
import dev.distlint.knowledge.StrategySpec;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExMap;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.view.ChildSpec;
import dev.distlint.syntax.elixir.view.ConfigCall;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keyword lists of an Elixir file that a grammar context describes, so that one check can
 * compare every written key with its context. Where a context's lists are found follows from
 * the context:
 * <ul>
 *   <li>{@code app_env}: {@code config :<dialect>, key: value} (all three forms);</li>
 *   <li>{@code options} with a {@code module}: the literal options of a {@code {Module, opts}}
 *       child and of {@code config :app, Module, opts};</li>
 *   <li>{@code libcluster/topology}: each libcluster topology's own keyword list, and
 *       {@code strategy}: its {@code config:} (config scripts and {@code Cluster.Supervisor}
 *       children);</li>
 *   <li>a key whose spec names a {@code context}: the keyword list or map written as its
 *       value, inside any list found above.</li>
 * </ul>
 * Module names are compared as written; an alias is never taken for the module it may stand for.
 */
public final class KeyLists {
  /**
   * One list of keys written for {@code context}. {@code owner} names what reads it in messages
   * ({@code Horde.Registry}, {@code DNSPoll}, {@code ra}); {@code where} is the path inside the
   * owner's options, empty at the top ({@code hyparview}).
   */
  public record KeyList(Context context, String owner, String where, List<ExPair> pairs) {
    public KeyList {
      pairs = List.copyOf(pairs);
    }
  }

  private static final View<List<KeyList>> VIEW = View.of("grammar-key-lists", KeyLists::read);
  /** Nested lists deeper than this are not followed (the grammars nest one level). */
  private static final int MAX_DEPTH = 4;

  private KeyLists() {
  }

  /** Every key list of {@code f} that some grammar context describes, outer lists first. */
  public static List<KeyList> of(ParsedFile f) {
    return f.view(VIEW);
  }

  private static List<KeyList> read(ParsedFile f) {
    if (!f.kind().isElixir()) {
      return List.of();
    }
    Grammars g = Grammars.load();
    Map<String, List<Context>> byModule = moduleContexts(g);
    List<KeyList> out = new ArrayList<>();
    for (ConfigCall c : ElixirViews.config(f).calls()) {
      if (c.module() == null) {
        g.dialect(c.app()).flatMap(KeyLists::appEnv)
            .ifPresent(ctx -> add(out, ctx, g.dialect(c.app()).get().title(), "",
                c.options().pairs(), 0));
      } else {
        for (Context ctx : byModule.getOrDefault(c.module(), List.of())) {
          add(out, ctx, ctx.module(), "", c.options().pairs(), 0);
        }
      }
    }
    for (ChildSpec child : ElixirViews.children(f).children()) {
      for (Context ctx : byModule.getOrDefault(child.module(), List.of())) {
        child.keywordArgs().ifPresent(opts -> add(out, ctx, ctx.module(), "", opts.pairs(), 0));
      }
    }
    Optional<Context> topology = g.context(Grammars.LIBCLUSTER, "topology");
    for (Topology t : Discovery.topologies(f)) {
      if (topology.isPresent() && t.spec() != null) {
        add(out, topology.get(), "libcluster", t.name() == null ? "" : "topology " + t.name(),
            t.spec().pairs(), 0);
      }
      Optional<StrategySpec> spec = Topologies.spec(t);
      if (spec.isPresent() && t.config() != null) {
        add(out, spec.get().context(), Topologies.shortName(t.strategy()), "",
            t.configPairs(), 0);
      }
    }
    return List.copyOf(out);
  }

  /** A list for {@code ctx}, then the lists its keys' values hold, one level down at a time. */
  private static void add(List<KeyList> out, Context ctx, String owner, String where,
      List<ExPair> pairs, int depth) {
    out.add(new KeyList(ctx, owner, where, pairs));
    if (depth >= MAX_DEPTH) {
      return;
    }
    Dialect dialect = Grammars.load().dialect(ctx.dialect()).orElseThrow();
    for (ExPair p : pairs) {
      String key = p.keyName();
      Optional<Context> inner = key == null ? Optional.empty() : ctx.key(key)
          .map(KeySpec::context).flatMap(dialect::context);
      if (inner.isPresent()) {
        List<ExPair> innerPairs = pairsOf(p.value());
        if (!innerPairs.isEmpty()) {
          add(out, inner.get(), owner, where.isEmpty() ? key : where + " " + key, innerPairs,
              depth + 1);
        }
      }
    }
  }

  /** The pairs of a literal keyword list, or the atom-keyed entries of a literal map. */
  private static List<ExPair> pairsOf(ExNode value) {
    if (value instanceof ExList l && l.isKeywordList()) {
      return l.pairs();
    }
    if (value instanceof ExMap m && m.struct() == null && m.base() == null) {
      return m.entries().stream().filter(e -> e.keyName() != null).toList();
    }
    return List.of();
  }

  private static Optional<Context> appEnv(Dialect d) {
    return d.contexts().stream().filter(c -> "app_env".equals(c.kind())).findFirst();
  }

  private static Map<String, List<Context>> moduleContexts(Grammars g) {
    Map<String, List<Context>> out = new HashMap<>();
    for (Dialect d : g.dialects()) {
      for (Context c : d.contexts()) {
        if ("options".equals(c.kind()) && c.module() != null) {
          out.computeIfAbsent(c.module(), m -> new ArrayList<>()).add(c);
        }
      }
    }
    return out;
  }
}
