package dev.distlint.facts.state;

import dev.distlint.base.TextRange;
import dev.distlint.documents.ParsedFile;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExWalker;
import dev.distlint.syntax.elixir.view.ChildSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The DeltaCrdt processes a file starts: {@code {DeltaCrdt, opts}} children (and
 * {@code DeltaCrdt.child_spec(opts)}), and {@code DeltaCrdt.start_link(crdt, opts)} calls.
 */
public final class CrdtSpecs {
  public static final String MODULE = "DeltaCrdt";

  /**
   * One DeltaCrdt. {@code crdt} is the CRDT module node (null when not given), {@code options}
   * the literal keyword list (null when computed or absent), {@code child} whether the
   * {@code :crdt} option is the way the module is given.
   */
  public record Spec(ExNode crdt, ExList options, TextRange anchor, boolean child) {
  }

  private CrdtSpecs() {
  }

  public static List<Spec> of(ParsedFile f) {
    List<Spec> out = new ArrayList<>();
    for (ChildSpec c : ElixirViews.children(f).children()) {
      if (c.module().equals(MODULE)) {
        ExList opts = c.args() instanceof ExList l && (l.items().isEmpty() || l.isKeywordList())
            ? l : null;
        ExNode crdt = opts == null ? null : opts.keywordValue("crdt").orElse(null);
        TextRange anchor = c.node().children().isEmpty() ? c.range()
            : c.node().children().get(0).range();
        out.add(new Spec(crdt, opts, anchor, true));
      }
    }
    for (ExCall call : ExWalker.calls(ElixirViews.ast(f), MODULE + ".start_link")) {
      ExNode crdt = call.arg(0).orElse(null);
      ExList opts = call.arg(1).filter(ExList.class::isInstance).map(ExList.class::cast)
          .orElse(null);
      if (crdt != null && !crdt.isMissing()) {
        out.add(new Spec(crdt, opts, call.nameRange(), false));
      }
    }
    return out;
  }
}
