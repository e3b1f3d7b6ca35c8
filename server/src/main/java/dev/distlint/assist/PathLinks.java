package dev.distlint.assist;

import dev.distlint.base.FileKind;
import dev.distlint.base.TextRange;
import dev.distlint.documents.ParsedFile;
import dev.distlint.lint.Suppressions;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ElixirFile;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.ExWalker;
import dev.distlint.syntax.elixir.view.ConfigCall;
import dev.distlint.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The names in a file that distlint resolves to another file or to a rule doc:
 * {@code import_config "prod.exs"}, mix.exs {@code config_path:} and {@code rel_templates_path:}
 * (or a release's {@code overlays:}), and the rule ids of suppression comments. Only targets that
 * exist in the project (files) or among the rules (ids) are linked.
 */
public final class PathLinks {
  /**
   * A linked range: to a project file ({@code path}, at {@code at} when a place in it is known)
   * or to a rule's doc ({@code ruleId}).
   */
  public record Target(TextRange range, String path, TextRange at, String ruleId) {
  }

  private static final Set<String> ENV_READS = Set.of("Application.get_env",
      "Application.fetch_env!", "Application.fetch_env", "Application.compile_env",
      "Application.compile_env!");
  private static final Set<String> MIX_PATH_KEYS =
      Set.of("config_path", "rel_templates_path", "overlays");

  private PathLinks() {
  }

  public static List<Target> of(ParsedFile f, Workspace ws, Set<String> knownRules) {
    List<Target> out = new ArrayList<>();
    for (TextRange r : Suppressions.idRanges(f.text())) {
      String id = f.slice(r);
      if (knownRules.contains(id)) {
        out.add(new Target(r, null, null, id));
      }
    }
    if (f.kind() == FileKind.EXS || f.kind() == FileKind.MIX || f.kind() == FileKind.APP
        || f.kind() == FileKind.EX) {
      try {
        elixir(f, ws, out);
        appEnvReads(f, ws, out);
      } catch (RuntimeException e) {
        // A half-written script links what it can.
      }
    }
    return out;
  }

  private static void elixir(ParsedFile f, Workspace ws, List<Target> out) {
    ElixirFile root = ElixirViews.ast(f);
    Path dir = Path.of(f.path()).toAbsolutePath().getParent();
    if (dir == null) {
      return;
    }
    for (ExCall c : ExWalker.calls(root, "import_config")) {
      if (!c.args().isEmpty()) {
        link(c.args().get(0), dir, ws, out);
      }
    }
    if (f.kind() == FileKind.MIX) {
      for (ExPair p : ExWalker.findAll(root, ExPair.class)) {
        if (MIX_PATH_KEYS.contains(p.keyName())) {
          if (p.value() instanceof ExList list) {
            list.items().forEach(i -> link(i, dir, ws, out));
          } else {
            link(p.value(), dir, ws, out);
          }
        }
      }
    }
  }

  /**
   * {@code Application.get_env(:app, :key)} and its kin, linked to the first config call that
   * sets that key ({@code config :app, key: ...}, {@code config :app, :key, ...} or
   * {@code config :app, Module, ...}).
   */
  private static void appEnvReads(ParsedFile f, Workspace ws, List<Target> out) {
    for (ExCall c : ExWalker.findAll(ElixirViews.ast(f), ExCall.class)) {
      if (!ENV_READS.contains(c.name()) || c.args().size() < 2) {
        continue;
      }
      Optional<String> app = c.args().get(0).asAtomName();
      ExNode keyNode = c.args().get(1);
      String key = keyNode.asAtomName().or(keyNode::asAliasName).orElse(null);
      if (app.isEmpty() || key == null) {
        continue;
      }
      setting(ws, app.get(), key).ifPresent(t -> out.add(new Target(keyNode.range(),
          t.path(), t.at(), null)));
    }
  }

  /**
   * The config call that sets the key for production: of those that apply to {@code prod}, the
   * one evaluated last (runtime.exs after prod.exs after config.exs); else any.
   */
  private static Optional<Target> setting(Workspace ws, String app, String key) {
    Target best = null;
    int bestRank = -1;
    for (ParsedFile cfg : ws.filesOf(FileKind.EXS)) {
      for (ConfigCall call : ElixirViews.config(cfg).forApp(app)) {
        Optional<ExPair> pair = call.module() == null && call.key() == null
            ? call.options().keyword(key) : Optional.empty();
        if (!key.equals(call.module()) && !key.equals(call.key()) && pair.isEmpty()) {
          continue;
        }
        int rank = (call.appliesTo("prod") ? 10 : 0) + evaluationOrder(cfg.path());
        if (rank > bestRank) {
          bestRank = rank;
          best = new Target(null, cfg.path(), pair.map(ExPair::range).orElse(call.range()), null);
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static int evaluationOrder(String path) {
    String name = Path.of(path).getFileName().toString();
    return switch (name) {
      case "runtime.exs" -> 3;
      case "prod.exs" -> 2;
      case "config.exs" -> 1;
      default -> 0;
    };
  }

  /** Links a string literal naming a file or folder of the project, relative to {@code dir}. */
  private static void link(ExNode value, Path dir, Workspace ws, List<Target> out) {
    value.asStringValue().ifPresent(s -> {
      if (s.isBlank() || s.contains("#{")) {
        return;
      }
      String target = dir.resolve(s).normalize().toString();
      boolean exists = ws.file(target) != null || ws.files().stream()
          .anyMatch(other -> other.path().startsWith(target + "/"));
      if (exists) {
        out.add(new Target(value.range(), target, null, null));
      }
    });
  }
}
