package dev.distlint.facts.code;

import dev.distlint.base.FileKind;
import dev.distlint.documents.ParsedFile;
import dev.distlint.documents.View;
import dev.distlint.facts.Fact;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExWalker;
import dev.distlint.workspace.Workspace;
import java.util.List;
import java.util.Map;

/**
 * Calls of OTP's {@code :pg} API in Elixir source. The functions that take no scope argument
 * ({@code :pg.join/2}, {@code :pg.get_members/1}, ...) act on the default scope {@code pg}.
 */
public final class PgCalls {
  private static final Fact<String> FIRST_USE =
      Fact.of("pg-calls.first-use", PgCalls::computeFirstUse);
  /** Function name to the arity of its default-scope form. */
  private static final Map<String, Integer> DEFAULT_SCOPE_ARITY = Map.of(
      "join", 2, "leave", 2, "get_members", 1, "get_local_members", 1, "monitor", 1,
      "demonitor", 1, "which_groups", 0, "monitor_scope", 0);

  static final View<List<ExCall>> VIEW = View.of("pg-calls", f -> f.kind() != FileKind.EX
      && f.kind() != FileKind.APP ? List.of()
      : ExWalker.findAll(ElixirViews.ast(f), ExCall.class).stream()
          .filter(c -> c.name().startsWith(":pg.")).toList());
  /** The ranges of the :pg calls written on the right of a pipe (their first argument is piped). */
  static final View<java.util.Set<dev.distlint.base.TextRange>> PIPED = View.of("pg-piped-calls",
      f -> {
        java.util.Set<dev.distlint.base.TextRange> out = new java.util.HashSet<>();
        if (f.kind() == FileKind.EX || f.kind() == FileKind.APP) {
          for (var b : ExWalker.findAll(ElixirViews.ast(f),
              dev.distlint.syntax.elixir.ExBinary.class)) {
            if (b.op().equals("|>") && b.right() instanceof ExCall c && c.name().startsWith(":pg.")) {
              out.add(c.range());
            }
          }
        }
        return java.util.Set.copyOf(out);
      });

  private PgCalls() {
  }

  /** The {@code :pg} calls of one file. */
  public static List<ExCall> of(ParsedFile f) {
    return f.view(VIEW);
  }

  /** The number of arguments the call passes, its piped first argument included. */
  public static int arity(ParsedFile f, ExCall c) {
    return c.args().size() + (f.view(PIPED).contains(c.range()) ? 1 : 0);
  }

  /** Whether the call uses the default scope (no scope argument; a piped argument counts). */
  public static boolean defaultScope(ParsedFile f, ExCall c) {
    Integer a = DEFAULT_SCOPE_ARITY.get(c.localName());
    return a != null && a == arity(f, c);
  }

  /** "{@code :pg.join/2} in lib/chat/rooms.ex" for the first call found, or null. */
  public static String firstUse(Workspace ws) {
    return FIRST_USE.in(ws);
  }

  private static String computeFirstUse(Workspace ws) {
    for (ParsedFile f : ws.filesOf(FileKind.EX, FileKind.APP)) {
      for (ExCall c : of(f)) {
        if (!c.localName().equals("start_link") && !c.localName().equals("start")) {
          return c.name() + "/" + arity(f, c) + " in " + f.path();
        }
      }
    }
    return null;
  }
}
