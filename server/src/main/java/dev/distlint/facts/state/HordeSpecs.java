package dev.distlint.facts.state;

import dev.distlint.base.TextRange;
import dev.distlint.documents.ParsedFile;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExAlias;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExTuple;
import dev.distlint.syntax.elixir.ExWalker;
import dev.distlint.syntax.elixir.view.ChildSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The Horde registries and supervisors a file starts, with their options: children written as
 * {@code {Horde.Registry, opts}} or {@code {Horde.DynamicSupervisor, opts}}, and module-based
 * ones ({@code use Horde.DynamicSupervisor}) whose {@code init/1} passes a literal keyword list to
 * {@code Horde.DynamicSupervisor.init/1}.
 */
public final class HordeSpecs {
  static final String REGISTRY = "Horde.Registry";
  static final String SUPERVISOR = "Horde.DynamicSupervisor";

  /**
   * One Horde process. {@code options} is the literal keyword list, or null when the options are
   * computed (a variable, a merge); {@code anchor} is where a finding about a missing option goes.
   */
  public record Spec(String module, ExList options, TextRange anchor, boolean moduleBased) {
    public boolean registry() {
      return module.equals(REGISTRY);
    }

    /** Options written out in full, so that an absent key is really absent. */
    public boolean complete() {
      return options != null && Options.complete(options);
    }
  }

  private HordeSpecs() {
  }

  public static List<Spec> of(ParsedFile f) {
    List<Spec> out = new ArrayList<>();
    for (ChildSpec c : ElixirViews.children(f).children()) {
      if (c.module().equals(REGISTRY) || c.module().equals(SUPERVISOR)) {
        out.add(new Spec(c.module(), literal(c.args()), anchor(c), false));
      }
    }
    for (ExCall init : ExWalker.findAll(ElixirViews.ast(f), ExCall.class)) {
      String name = init.name();
      if ((name.equals(REGISTRY + ".init") || name.equals(SUPERVISOR + ".init"))
          && usesHorde(f, init)) {
        ExList opts = init.arg(0).filter(ExList.class::isInstance).map(ExList.class::cast)
            .orElse(null);
        out.add(new Spec(name.substring(0, name.length() - ".init".length()), opts,
            init.nameRange(), true));
      }
    }
    return out;
  }

  /** Child args: a literal keyword list, the empty list, or nothing (a bare module child). */
  private static ExList literal(ExNode args) {
    if (args == null) {
      return null;
    }
    return args instanceof ExList l && (l.items().isEmpty() || l.isKeywordList()) ? l : null;
  }

  private static TextRange anchor(ChildSpec c) {
    if (c.node() instanceof ExTuple t && !t.items().isEmpty()) {
      return t.items().get(0).range();
    }
    return c.node() instanceof ExAlias a ? a.range() : c.range();
  }

  /** The init call sits in a module that {@code use}s the same Horde module. */
  private static boolean usesHorde(ParsedFile f, ExCall init) {
    String module = init.name().substring(0, init.name().length() - ".init".length());
    return ExWalker.calls(ElixirViews.ast(f), "use").stream()
        .anyMatch(u -> u.arg(0).flatMap(ExNode::asAliasName).map(module::equals).orElse(false));
  }
}
