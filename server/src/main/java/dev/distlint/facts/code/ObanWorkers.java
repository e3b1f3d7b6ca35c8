package dev.distlint.facts.code;

import dev.distlint.base.FileKind;
import dev.distlint.documents.ParsedFile;
import dev.distlint.documents.View;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExWalker;
import dev.distlint.workspace.Workspace;
import java.util.List;
import java.util.Set;

/** The {@code use Oban.Worker, ...} declarations of the project's source files. */
public final class ObanWorkers {
  private static final Set<String> WORKERS = Set.of("Oban.Worker", "Oban.Pro.Worker");

  /** One declaration; {@code options} is empty when none are written. */
  public record Worker(String path, ExCall use, ExList options) {
  }

  static final View<List<Worker>> VIEW = View.of("oban-workers", f -> f.kind() != FileKind.EX
      ? List.of()
      : ExWalker.calls(ElixirViews.ast(f), "use").stream()
          .filter(c -> c.receiver() == null && !c.args().isEmpty()
              && c.args().get(0).asAliasName().filter(WORKERS::contains).isPresent())
          .map(c -> new Worker(f.path(), c, c.keywordArgs()
              .orElse(new ExList(List.of(), c.range()))))
          .toList());

  private ObanWorkers() {
  }

  public static List<Worker> of(ParsedFile f) {
    return f.view(VIEW);
  }

  public static List<Worker> all(Workspace ws) {
    return ws.collect(VIEW, FileKind.EX);
  }
}
