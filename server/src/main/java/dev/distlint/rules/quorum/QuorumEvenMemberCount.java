package dev.distlint.rules.quorum;

import dev.distlint.facts.state.QuorumMembers;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.facts.Quorum;

/** A literal member list of even size (4, 6...): the last member adds no fault tolerance. */
public final class QuorumEvenMemberCount implements Rule {
  @Override
  public String id() {
    return "quorum-even-member-count";
  }

  @Override
  public void check(RuleContext ctx) {
    for (QuorumMembers.Group g : QuorumMembers.of(ctx.file())) {
      int n = g.size();
      // Two members are reported by quorum-too-small, which says more.
      if (n > 2 && Quorum.lastMemberAddsNothing(n)) {
        long t = Quorum.tolerated(n);
        ctx.report(g.members().range(), g.owner() + " is given " + n + " members (quorum "
            + Quorum.of(n) + "), which tolerate " + t + (t == 1 ? " failure" : " failures")
            + ", as " + (n - 1) + " would; the extra member is one more machine that can fail.");
      }
    }
  }
}
