package dev.distlint.rules.horde;

import dev.distlint.facts.state.Options;
import dev.distlint.facts.state.HordeSpecs;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import java.util.List;

/** A Horde.DynamicSupervisor started without {@code strategy:}, which raises at init. */
public final class HordeDynsupMissingStrategy implements Rule {
  @Override
  public String id() {
    return "horde-dynsup-missing-strategy";
  }

  @Override
  public void check(RuleContext ctx) {
    for (HordeSpecs.Spec s : HordeSpecs.of(ctx.file())) {
      if (s.registry() || !s.complete() || s.options().keyword("strategy").isPresent()) {
        continue;
      }
      ctx.at(s.anchor(), "Horde.DynamicSupervisor has no strategy option; it raises"
              + " ArgumentError \"expected :strategy option to be given\" when it starts.")
          .fix(new Fix("Add strategy: :one_for_one", List.of(Options.insertFirst(
              ctx.file().path(), s.options(), "strategy: :one_for_one", ctx.file().text())), true))
          .emit();
    }
  }
}
