package dev.distlint.rules.quorum;

import dev.distlint.facts.state.QuorumMembers;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.facts.Quorum;

/** A literal member list of 1 or 2: the quorum is every member, so one outage stops writes. */
public final class QuorumTooSmall implements Rule {
  @Override
  public String id() {
    return "quorum-too-small";
  }

  @Override
  public void check(RuleContext ctx) {
    for (QuorumMembers.Group g : QuorumMembers.of(ctx.file())) {
      int n = g.size();
      if (Quorum.toleratesNone(n)) {
        ctx.report(g.members().range(), g.owner() + " is given " + n
            + (n == 1 ? " member" : " members") + " (quorum " + Quorum.of(n)
            + "); losing any one of them stops the group.");
      }
    }
  }
}
