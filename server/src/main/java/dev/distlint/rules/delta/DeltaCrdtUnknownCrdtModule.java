package dev.distlint.rules.delta;

import dev.distlint.facts.state.LockedVersion;
import dev.distlint.facts.state.CrdtSpecs;
import dev.distlint.knowledge.AllowedValue;
import dev.distlint.knowledge.Grammars;
import dev.distlint.knowledge.NotKey;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.syntax.elixir.ExNode;
import java.util.List;
import java.util.Optional;

/** A DeltaCrdt started with a CRDT module that the library does not ship. */
public final class DeltaCrdtUnknownCrdtModule implements Rule {
  private static final String DIALECT = "delta_crdt";
  private static final String CONTEXT = "child";

  @Override
  public String id() {
    return "delta-crdt-unknown-crdt-module";
  }

  @Override
  public void check(RuleContext ctx) {
    Grammars g = Grammars.load();
    List<String> known = g.key(DIALECT, CONTEXT, "crdt")
        .map(k -> k.values().stream().map(AllowedValue::value).toList()).orElse(List.of());
    if (known.isEmpty()) {
      return;
    }
    for (CrdtSpecs.Spec s : CrdtSpecs.of(ctx.file())) {
      ExNode crdt = s.crdt();
      Optional<String> name = crdt == null ? Optional.empty() : crdt.asAliasName();
      if (name.isEmpty() || !name.get().startsWith(CrdtSpecs.MODULE + ".")
          || known.contains(name.get())) {
        continue;
      }
      Optional<NotKey> fake = g.notKey(DIALECT, CONTEXT, name.get());
      // Older releases had other modules; only names that never existed are certain without
      // a lock file pinning 0.6 or later.
      if (fake.isEmpty() && !LockedVersion.atLeast(ctx.workspace(), "delta_crdt", 0, 6)) {
        continue;
      }
      String replacement = known.get(0);
      ctx.at(crdt.range(), name.get() + " is not a delta_crdt module; " + String.join(", ", known)
              + (known.size() == 1 ? " is the only CRDT it ships." : " are the CRDTs it ships."))
          .fix(new Fix("Use " + replacement,
              List.of(new Fix.FileEdit(ctx.file().path(), crdt.range(), replacement)), false))
          .emit();
    }
  }
}
