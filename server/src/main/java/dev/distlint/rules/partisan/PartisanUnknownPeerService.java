package dev.distlint.rules.partisan;

import dev.distlint.knowledge.AllowedValue;
import dev.distlint.knowledge.Grammars;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.view.ConfigCall;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A Partisan peer service manager that does not exist. */
public final class PartisanUnknownPeerService implements Rule {
  /** The current key, its old name, and the name widely copied from examples. */
  private static final Set<String> KEYS =
      Set.of("peer_service_manager", "partisan_peer_service_manager", "peer_service");

  @Override
  public String id() {
    return "partisan-unknown-peer-service";
  }

  @Override
  public void check(RuleContext ctx) {
    List<String> known = Grammars.load().key("partisan", "app_env", "peer_service_manager")
        .map(k -> k.values().stream().map(AllowedValue::value).toList()).orElse(List.of());
    if (known.isEmpty()) {
      return;
    }
    for (ConfigCall c : ElixirViews.config(ctx.file()).forApp("partisan")) {
      for (ExPair p : c.module() == null ? c.options().pairs() : List.<ExPair>of()) {
        if (KEYS.contains(p.keyName())) {
          judge(ctx, p.value(), known);
        }
      }
    }
  }

  private static void judge(RuleContext ctx, ExNode value, List<String> known) {
    Optional<String> atom = value.asAtomName();
    Optional<String> alias = value.asAliasName();
    String written;
    if (atom.isPresent() && atom.get().startsWith("partisan_") && !known.contains(atom.get())) {
      written = ":" + atom.get();
    } else if (alias.isPresent() && alias.get().startsWith("Partisan.")) {
      written = alias.get();
    } else {
      return;
    }
    Optional<String> guess = guess(atom.orElse(alias.orElse("")), known);
    RuleContext.Report r = ctx.at(value.range(), written + " is not a Partisan peer service"
        + " manager; Partisan ships " + String.join(", ", known.stream().map(k -> ":" + k)
        .toList()) + ".");
    guess.ifPresent(g -> r.fix(new Fix("Use :" + g,
        List.of(new Fix.FileEdit(ctx.file().path(), value.range(), ":" + g)), false)));
    r.emit();
  }

  /** The manager whose name contains the last word of what was written ("HyParView"). */
  private static Optional<String> guess(String written, List<String> known) {
    String last = written.substring(written.lastIndexOf('.') + 1);
    String word = last.toLowerCase(Locale.ROOT).replace("_", "")
        .replace("partisan", "").replace("peerservice", "").replace("manager", "");
    if (word.isEmpty()) {
      return Optional.empty();
    }
    return known.stream().filter(k -> k.replace("_", "").contains(word)).findFirst();
  }
}
