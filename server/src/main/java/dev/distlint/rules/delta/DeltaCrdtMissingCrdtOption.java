package dev.distlint.rules.delta;

import dev.distlint.facts.state.Options;
import dev.distlint.facts.state.CrdtSpecs;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import java.util.List;

/** A {@code {DeltaCrdt, opts}} child without {@code :crdt}, whose child_spec raises. */
public final class DeltaCrdtMissingCrdtOption implements Rule {
  private static final String AWLWW = "DeltaCrdt.AWLWWMap";

  @Override
  public String id() {
    return "delta-crdt-missing-crdt-option";
  }

  @Override
  public void check(RuleContext ctx) {
    for (CrdtSpecs.Spec s : CrdtSpecs.of(ctx.file())) {
      if (!s.child() || s.crdt() != null || s.options() == null || !Options.complete(s.options())) {
        continue;
      }
      ctx.at(s.anchor(), "DeltaCrdt child has no crdt option; DeltaCrdt.child_spec/1 raises"
              + " \"must specify :crdt in options\".")
          .fix(new Fix("Add crdt: " + AWLWW, List.of(Options.insertFirst(ctx.file().path(),
              s.options(), "crdt: " + AWLWW, ctx.file().text())), false))
          .emit();
    }
  }
}
