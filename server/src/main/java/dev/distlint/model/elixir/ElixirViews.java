package dev.distlint.model.elixir;

import dev.distlint.base.FileKind;
import dev.distlint.syntax.elixir.ElixirFile;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.view.ChildSpecs;
import dev.distlint.syntax.elixir.view.ConstEval;
import dev.distlint.syntax.elixir.view.ConstValue;
import dev.distlint.syntax.elixir.view.ConfigScript;
import dev.distlint.syntax.elixir.view.MixLock;
import dev.distlint.syntax.elixir.view.MixProject;
import dev.distlint.documents.ParsedFile;
import dev.distlint.documents.View;
import dev.distlint.workspace.Workspace;
import java.util.List;
import java.util.OptionalLong;

/**
 * The Elixir front end's results as per-file views: the syntax tree of any Elixir file, config
 * calls of {@code config/*.exs}, child specs of {@code application.ex}, the mix project and lock.
 * Views of other kinds are empty, never null.
 */
public final class ElixirViews {
  public static final View<ElixirFile> AST = View.of("elixir",
      f -> ElixirFile.parse(f.kind().isElixir() && !f.tooLarge() ? f.text() : ""));
  public static final View<ConfigScript> CONFIG = View.of("config-script",
      f -> ConfigScript.of(f.kind() == FileKind.EXS ? f.view(AST) : ElixirFile.parse(""), f.source().name()));
  public static final View<ChildSpecs> CHILDREN = View.of("child-specs",
      f -> ChildSpecs.of(f.kind() == FileKind.APP || f.kind() == FileKind.EX ? f.view(AST)
          : ElixirFile.parse("")));
  public static final View<MixProject> MIX = View.of("mix-project",
      f -> MixProject.of(f.kind() == FileKind.MIX ? f.view(AST) : ElixirFile.parse("")));
  public static final View<MixLock> LOCK = View.of("mix-lock",
      f -> MixLock.parse(f.kind() == FileKind.MIX_LOCK && !f.tooLarge() ? f.text() : ""));

  public static final View<ConstEval> VALUES = View.of("const-eval",
      f -> ConstEval.of(f.view(AST)));

  private ElixirViews() {
  }

  public static ElixirFile ast(ParsedFile f) {
    return f.view(AST);
  }

  public static ConfigScript config(ParsedFile f) {
    return f.view(CONFIG);
  }

  public static ChildSpecs children(ParsedFile f) {
    return f.view(CHILDREN);
  }

  /** The value of an expression of {@code f}, resolving that file's variables and attributes. */
  public static ConstValue value(ParsedFile f, ExNode n) {
    return f.view(VALUES).eval(n);
  }

  /** The integer an expression of {@code f} is known to have, if any. */
  public static OptionalLong integer(ParsedFile f, ExNode n) {
    return f.view(VALUES).integer(n);
  }

  /** The workspace's mix project files (usually one, at the root). */
  public static List<ParsedFile> mixFiles(Workspace ws) {
    return ws.filesOf(FileKind.MIX);
  }
}
