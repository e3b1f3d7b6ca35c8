package dev.distlint.rules.quorum;

import dev.distlint.base.Fix;
import dev.distlint.base.TextRange;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExBinary;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExVar;
import dev.distlint.syntax.elixir.ExWalker;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Half a cluster taken as its majority: {@code quorum = div(n, 2)}, or
 * {@code acks >= div(length(nodes), 2)}, with no {@code + 1}. A strict {@code >} against half
 * is a correct majority test and is left alone; comparisons must name cluster members.
 */
public final class QuorumOffByOne implements Rule {
  private static final Pattern QUORUM_NAME = Pattern.compile("(?i)quorum|majority");
  private static final Pattern CLUSTER_WORDS = Pattern.compile(
      "(?i)node|member|peer|replica|voter|vote|cluster|quorum|majorit|acks?\\b|acked");

  @Override
  public String id() {
    return "quorum-off-by-one";
  }

  @Override
  public void check(RuleContext ctx) {
    ExWalker.walk(ElixirViews.ast(ctx.file()), (node, path) -> {
      Optional<ExNode> n = half(node);
      if (n.isPresent() && !path.isEmpty() && offByOne(ctx, node, path.get(path.size() - 1))) {
        report(ctx, node, n.get());
      }
      return true;
    });
  }

  /** The dividend of {@code div(n, 2)} or {@code n / 2} (n not a literal). */
  private static Optional<ExNode> half(ExNode node) {
    ExNode n = null;
    if (node instanceof ExCall c && (c.name().equals("div") || c.name().equals("Kernel.div"))
        && c.args().size() == 2 && isTwo(c.args().get(1))) {
      n = c.args().get(0);
    } else if (node instanceof ExBinary b && b.op().equals("/") && isTwo(b.right())) {
      n = b.left();
    }
    return Optional.ofNullable(n).filter(x -> x.asLong().isEmpty() && !x.isMissing());
  }

  private static boolean offByOne(RuleContext ctx, ExNode half, ExNode parent) {
    if (!(parent instanceof ExBinary b)) {
      return false;
    }
    if (b.op().equals("=") && b.right() == half) {
      return b.left() instanceof ExVar v && QUORUM_NAME.matcher(v.name()).find();
    }
    boolean atLeast = b.op().equals(">=") && b.right() == half
        || b.op().equals("<=") && b.left() == half;
    return atLeast && CLUSTER_WORDS.matcher(ctx.file().slice(b.range())).find();
  }

  private static void report(RuleContext ctx, ExNode half, ExNode n) {
    String written = ctx.file().slice(half.range());
    boolean isDiv = half instanceof ExCall;
    String replacement = isDiv ? written + " + 1" : "div(" + ctx.file().slice(n.range()) + ", 2) + 1";
    TextRange edit = isDiv ? TextRange.at(half.range().end()) : half.range();
    ctx.at(half.range(), written + " is half of the members, not a majority: both sides of a"
        + " split can reach it. A majority is div(n, 2) + 1.")
        .fix(new Fix("Use " + replacement, List.of(new Fix.FileEdit(ctx.file().path(), edit,
            isDiv ? " + 1" : replacement)), false))
        .emit();
  }

  private static boolean isTwo(ExNode node) {
    return node.asLong().orElse(-1) == 2;
  }
}
