package dev.distlint.rules.horde;

import dev.distlint.facts.Fact;
import dev.distlint.facts.state.Options;
import dev.distlint.facts.state.HordeSpecs;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.FileKind;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.List;

/** A Horde registry or supervisor that never learns of its peers, so each node runs its own. */
public final class HordeMembersNotConfigured implements Rule {
  private static final Fact<Boolean> SETS_MEMBERS_SOMEWHERE =
      Fact.of("horde-set-members-called", HordeMembersNotConfigured::computeSetsMembersSomewhere);
  private static final String SET_MEMBERS = "Horde.Cluster.set_members";
  private static final String CALL = "set_members";

  @Override
  public String id() {
    return "horde-members-not-configured";
  }

  @Override
  public void check(RuleContext ctx) {
    List<HordeSpecs.Spec> specs = HordeSpecs.of(ctx.file());
    if (specs.isEmpty() || setsMembersSomewhere(ctx.workspace())) {
      return;
    }
    for (HordeSpecs.Spec s : specs) {
      if (!s.complete() || s.options().keyword("members").isPresent()) {
        continue;
      }
      String what = s.registry() ? "registry" : "supervisor";
      ctx.at(s.anchor(), s.module() + " has no members option and nothing calls " + SET_MEMBERS
              + ": each node runs a separate " + what + " (members defaults to []).")
          .fix(new Fix("Add members: :auto", List.of(Options.insertFirst(ctx.file().path(),
              s.options(), "members: :auto", ctx.file().text())), false))
          .emit();
    }
  }

  private static boolean setsMembersSomewhere(Workspace ws) {
    return SETS_MEMBERS_SOMEWHERE.in(ws);
  }

  private static boolean computeSetsMembersSomewhere(Workspace w) {
    for (ParsedFile f : w.filesOf(FileKind.APP, FileKind.EX, FileKind.EXS, FileKind.MIX)) {
      if (f.text().contains(CALL)) {
        return true;
      }
    }
    return false;
  }
}
