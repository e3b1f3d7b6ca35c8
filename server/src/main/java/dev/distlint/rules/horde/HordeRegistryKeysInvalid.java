package dev.distlint.rules.horde;

import dev.distlint.facts.state.Options;
import dev.distlint.facts.state.HordeSpecs;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import java.util.List;
import java.util.Optional;

/**
 * A Horde.Registry without {@code keys: :unique}. (Registry's {@code partitions}, which Horde does
 * not read, is reported by horde-unknown-option from the grammar.)
 */
public final class HordeRegistryKeysInvalid implements Rule {
  @Override
  public String id() {
    return "horde-registry-keys-invalid";
  }

  @Override
  public void check(RuleContext ctx) {
    String path = ctx.file().path();
    for (HordeSpecs.Spec s : HordeSpecs.of(ctx.file())) {
      if (!s.registry() || s.options() == null) {
        continue;
      }
      Optional<ExPair> keys = s.options().keyword("keys");
      if (keys.isPresent()) {
        ExNode v = keys.get().value();
        Optional<String> atom = v.asAtomName();
        if (atom.isPresent() && !atom.get().equals("unique")) {
          ctx.at(v.range(), "Horde.Registry supports only keys: :unique; keys: :" + atom.get()
                  + " raises ArgumentError when the registry starts.")
              .fix(new Fix("Use keys: :unique",
                  List.of(new Fix.FileEdit(path, v.range(), ":unique")), false))
              .emit();
        }
      } else if (s.complete()) {
        ctx.at(s.anchor(), "Horde.Registry has no keys option; it raises ArgumentError when it"
                + " starts (only keys: :unique is supported).")
            .fix(new Fix("Add keys: :unique", List.of(Options.insertFirst(path, s.options(),
                "keys: :unique", ctx.file().text())), true))
            .emit();
      }
    }
  }
}
