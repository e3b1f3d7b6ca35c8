package dev.distlint.syntax.elixir.view;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.elixir.ElixirFile;
import dev.distlint.syntax.elixir.ExBinary;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExVar;
import dev.distlint.syntax.elixir.ExWalker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The simple variable bindings ({@code name = expr}) of a file, each with the function that
 * holds it, so a use can be traced to the value bound before it in the same function.
 */
final class Variables {
  private static final Set<String> DEFINITIONS =
      Set.of("def", "defp", "defmacro", "defmacrop");

  private record Binding(String name, ExNode value, int end, TextRange scope) {}

  private final List<Binding> bindings = new ArrayList<>();
  private final List<TextRange> functions = new ArrayList<>();
  private final TextRange file;

  Variables(ElixirFile source) {
    this.file = source.root().range();
    ExWalker.walk(source, (node, path) -> {
      if (node instanceof ExCall c && DEFINITIONS.contains(c.name()) && c.receiver() == null) {
        functions.add(c.range());
      } else if (node instanceof ExBinary b && b.op().equals("=") && b.left() instanceof ExVar v) {
        bindings.add(new Binding(v.name(), b.right(), b.range().end(), scopeOf(path)));
      }
      return true;
    });
  }

  private TextRange scopeOf(List<ExNode> path) {
    for (int i = path.size() - 1; i >= 0; i--) {
      if (path.get(i) instanceof ExCall c && DEFINITIONS.contains(c.name()) && c.receiver() == null) {
        return c.range();
      }
    }
    return file;
  }

  private TextRange scopeAt(int offset) {
    TextRange best = file;
    for (TextRange f : functions) {
      if (f.start() <= offset && offset < f.end() && best.containsRange(f)) {
        best = f;
      }
    }
    return best;
  }

  Optional<ExNode> resolve(String name, int beforeOffset) {
    TextRange scope = scopeAt(beforeOffset);
    Binding found = null;
    for (Binding b : bindings) {
      if (b.name().equals(name) && b.scope().equals(scope) && b.end() <= beforeOffset
          && (found == null || b.end() >= found.end())) {
        found = b;
      }
    }
    return found == null ? Optional.empty() : Optional.of(found.value());
  }
}
