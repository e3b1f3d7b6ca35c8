package dev.distlint.assist;

import dev.distlint.assist.ElixirPlaces.Kind;
import dev.distlint.assist.ElixirPlaces.Place;
import dev.distlint.knowledge.AllowedValue;
import dev.distlint.knowledge.Context;
import dev.distlint.knowledge.Dialect;
import dev.distlint.knowledge.Grammars;
import dev.distlint.knowledge.KeySpec;
import dev.distlint.knowledge.Snippet;
import dev.distlint.knowledge.StrategySpec;
import dev.distlint.base.TextRange;
import dev.distlint.base.FileKind;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Completion in Elixir config scripts and application.ex: keys and values of the libraries the
 * grammars describe, strategy modules, topology and child-spec snippets. The context comes from
 * {@link ElixirScan}, a tolerant scan of the text before the cursor, so it works while the file is
 * half typed. Hover is in {@link ElixirHovers}.
 */
final class ElixirAssistant implements Assistant {
  /** Child modules offered at the head of a tuple in application.ex, with their own insertion. */
  private static final String CLUSTER_SUPERVISOR = "Cluster.Supervisor";
  private static final String CLUSTER_SUPERVISOR_ARGS =
      "[Application.get_env(:libcluster, :topologies, []), [name: ${1:MyApp}.ClusterSupervisor]]";
  private static final Set<String> CHILDREN = Set.of("Horde.Registry", "Horde.DynamicSupervisor",
      "DNSCluster", "DeltaCrdt", "Phoenix.PubSub", "Oban");
  private static final String OBAN_ARGS = "Application.fetch_env!(:${1:my_app}, Oban)";

  private final Grammars grammars = Grammars.load();
  private final ElixirPlaces places = new ElixirPlaces(grammars);
  private final ElixirHovers hovers = new ElixirHovers(grammars, places);

  @Override
  public List<Suggestion> complete(ParsedFile file, int offset, Workspace ws) {
    if (file.kind() != FileKind.EXS && file.kind() != FileKind.APP) {
      return List.of();
    }
    String text = file.text();
    ElixirScan.Cursor c = ElixirScan.at(text, offset);
    Place place = places.resolve(c.frame());
    if (place.kind() == Kind.TOP && c.last() == ElixirScan.Tok.IDENT
        && "config".equals(c.lastText())) {
      place = Place.of(Kind.CONFIG_APP);
    }
    TextRange word = c.word();
    List<Suggestion> out = new ArrayList<>();
    String valueKey = c.valueKey();
    if (valueKey != null) {
      if (place.kind() == Kind.KEYS) {
        values(place, valueKey, word, out);
      }
      return out;
    }
    if (!c.atItemStart() && place.kind() != Kind.TOP && place.kind() != Kind.CONFIG_APP) {
      return out;
    }
    switch (place.kind()) {
      case KEYS -> keys(place, c, word, out);
      case TOPOLOGIES -> topologySnippets(text, word, out);
      case PLUGINS -> pluginModules(word, out);
      case TUPLE_HEAD -> tupleHeads(file, place, word, out);
      case LIST -> {
        if (file.kind() == FileKind.APP && c.frame().keyStarts.isEmpty()) {
          childSnippets(text, word, out);
        }
      }
      case CONFIG_APP -> configApps(word, out);
      case CONFIG_MODULE -> out.add(new Suggestion("Oban", Suggestion.Kind.MODULE,
          "Oban instance options", "`config :my_app, Oban, repo: MyApp.Repo, ...`", "Oban, ",
          false, word, "0Oban"));
      case TOP -> {
        if (file.kind() == FileKind.EXS && LineContext.at(text, word.start()).before().isBlank()) {
          configSnippets(file, text, word, out);
        }
      }
      default -> {
      }
    }
    return out;
  }

  @Override
  public Optional<HoverInfo> hover(ParsedFile file, int offset, Workspace ws) {
    if (file.kind() == FileKind.EX) {
      return hovers.memberList(file, offset);
    }
    if (file.kind() != FileKind.EXS && file.kind() != FileKind.APP) {
      return Optional.empty();
    }
    return hovers.hover(file, offset);
  }

  private void keys(Place place, ElixirScan.Cursor c, TextRange word, List<Suggestion> out) {
    if (!c.wordText().isEmpty() && !Character.isLowerCase(c.wordText().charAt(0))
        && c.wordText().charAt(0) != '_') {
      return;
    }
    Set<String> present = c.frame() == null ? Set.of() : c.frame().keyStarts.keySet();
    Context ctx = place.context();
    for (KeySpec k : ctx.keys()) {
      Integer at = c.frame() == null ? null : c.frame().keyStarts.get(k.name());
      if (present.contains(k.name()) && (at == null || at != word.start())) {
        continue;
      }
      boolean nested = k.types().contains("keyword") && !k.types().contains("atom");
      String insert = nested ? k.name() + ": [$0]" : k.name() + ": ";
      out.add(Suggest.key(ctx, k, insert, nested, word, Suggestion.Kind.KEY));
    }
  }

  private void values(Place place, String key, TextRange word, List<Suggestion> out) {
    Optional<KeySpec> spec = place.context().key(key);
    if (spec.isEmpty()) {
      return;
    }
    KeySpec k = spec.get();
    int order = 0;
    if (place.is(Grammars.LIBCLUSTER, "topology") && key.equals("strategy")) {
      for (AllowedValue v : k.values()) {
        out.add(strategyValue(k, v.value(), word, order++));
      }
      return;
    }
    for (AllowedValue v : k.values()) {
      out.add(Suggest.value(k, v, Suggest.elixir(v.value()), word, order++));
    }
    if (k.values().isEmpty() && k.types().contains("boolean")) {
      for (String b : List.of("true", "false")) {
        out.add(Suggest.value(k, new AllowedValue(b, null), b, word, order++));
      }
    }
  }

  private Suggestion strategyValue(KeySpec k, String module, TextRange word, int order) {
    Optional<StrategySpec> s = grammars.libclusterStrategy(module);
    String detail = s.map(st -> st.isCore() ? "libcluster strategy"
        : "third-party: needs {:" + st.packageName() + ", ...} in mix.exs").orElse("strategy");
    String doc = s.map(ElixirHovers::strategyMarkdown).orElse(k.doc());
    return new Suggestion(module, Suggestion.Kind.MODULE, detail, doc, module, false, word,
        String.format("0%s%03d", s.map(StrategySpec::isCore).orElse(true) ? "a" : "b", order));
  }

  /** A topology per strategy, cut out of the grammar's full config snippets. */
  private void topologySnippets(String text, TextRange word, List<Suggestion> out) {
    String indent = indentOf(text, word.start());
    for (StrategySpec s : grammars.libclusterStrategies()) {
      for (Snippet sn : s.snippets()) {
        String topology = Snippets.topologyOf(sn.body());
        if (topology == null) {
          continue;
        }
        String detail = s.isCore() ? s.module() : s.module() + " (" + s.packageName() + ")";
        out.add(new Suggestion(sn.label(), Suggestion.Kind.SNIPPET, detail,
            ElixirHovers.strategyMarkdown(s), Snippets.indent(topology, indent), true, word,
            "0" + (sn.file().equals("runtime.exs") ? "b" : "a") + sn.label()));
      }
    }
  }

  private void pluginModules(TextRange word, List<Suggestion> out) {
    grammars.context("oban", "plugins").ifPresent(ctx -> {
      for (KeySpec k : ctx.keys()) {
        out.add(Suggest.key(ctx, k, k.name(), false, word, Suggestion.Kind.MODULE));
      }
    });
  }

  private void tupleHeads(ParsedFile file, Place place, TextRange word, List<Suggestion> out) {
    if (place.outer() != null && place.outer().kind() == Kind.PLUGINS) {
      pluginModules(word, out);
      return;
    }
    if (file.kind() != FileKind.APP || place.outer() == null
        || place.outer().kind() != Kind.LIST) {
      return;
    }
    out.add(new Suggestion(CLUSTER_SUPERVISOR, Suggestion.Kind.MODULE, "libcluster supervisor",
        "Starts the topologies of `config :libcluster`.", CLUSTER_SUPERVISOR + ", "
            + CLUSTER_SUPERVISOR_ARGS, true, word, "0" + CLUSTER_SUPERVISOR));
    for (Context ctx : childContexts()) {
      String args = childArgs(ctx);
      out.add(new Suggestion(ctx.module(), Suggestion.Kind.MODULE, ctx.title(),
          ctx.doc(), ctx.module() + ", " + args, true, word, "0" + ctx.module()));
    }
  }

  /** The options after the module in the grammar's child snippet, or the required keys. */
  private static String childArgs(Context ctx) {
    if (ctx.module().equals("Oban")) {
      return OBAN_ARGS;
    }
    for (Snippet s : ctx.snippets()) {
      String b = s.body().strip();
      String head = "{" + ctx.module() + ", ";
      if (b.startsWith(head) && b.endsWith("}$0")) {
        return b.substring(head.length(), b.length() - 3);
      }
    }
    StringBuilder args = new StringBuilder();
    int n = 1;
    for (KeySpec k : ctx.requiredKeys()) {
      args.append(args.length() == 0 ? "" : ", ").append(k.name()).append(": ${").append(n++)
          .append('}');
    }
    return args.toString();
  }

  private List<Context> childContexts() {
    List<Context> out = new ArrayList<>();
    for (Dialect d : grammars.dialects()) {
      if (!d.fileKinds().contains("app")) {
        continue;
      }
      for (Context c : d.contexts()) {
        if (c.module() != null && "options".equals(c.kind()) && CHILDREN.contains(c.module())) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** Whole child tuples for a children list. */
  private void childSnippets(String text, TextRange word, List<Suggestion> out) {
    if (word.length() > 0 && text.charAt(word.start()) != '{'
        && !Character.isUpperCase(text.charAt(word.start()))) {
      return;
    }
    out.add(new Suggestion("{Cluster.Supervisor, ...}", Suggestion.Kind.SNIPPET,
        "libcluster child", "Starts the topologies of `config :libcluster`.",
        "{" + CLUSTER_SUPERVISOR + ", " + CLUSTER_SUPERVISOR_ARGS + "}$0", true, word,
        "0Cluster.Supervisor"));
    for (Context ctx : childContexts()) {
      out.add(new Suggestion("{" + ctx.module() + ", ...}", Suggestion.Kind.SNIPPET,
          ctx.title(), ctx.doc(), "{" + ctx.module() + ", " + childArgs(ctx) + "}$0", true,
          word, "0" + ctx.module()));
    }
  }

  private void configApps(TextRange word, List<Suggestion> out) {
    for (Dialect d : grammars.dialects()) {
      if (d.fileKinds().contains("exs") && d.contexts().stream()
          .anyMatch(c -> "app_env".equals(c.kind()))) {
        out.add(new Suggestion(":" + d.id(), Suggestion.Kind.VALUE, d.title(), d.doc(),
            ":" + d.id() + ", ", false, word, "0" + d.id()));
      }
    }
  }

  /** Full config snippets at statement level; runtime variants first in runtime.exs. */
  private void configSnippets(ParsedFile file, String text, TextRange word,
      List<Suggestion> out) {
    boolean runtime = file.path().endsWith("runtime.exs");
    for (Dialect d : grammars.dialects()) {
      for (Context c : d.contexts()) {
        for (Snippet s : c.snippets()) {
          if (!s.file().equals("config.exs") && !s.file().equals("runtime.exs")) {
            continue;
          }
          boolean isRuntime = s.file().equals("runtime.exs");
          out.add(new Suggestion(s.label(), Suggestion.Kind.SNIPPET, "distlint snippet ("
              + s.file() + ")", c.doc(), s.body().stripTrailing(), true, word,
              "0" + (isRuntime == runtime ? "a" : "b") + s.label()));
        }
      }
    }
  }

  static String indentOf(String text, int offset) {
    LineContext line = LineContext.at(text, offset);
    return line.before().substring(0, line.indent());
  }
}
