package dev.distlint.rules.dist;

import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.facts.Cookies;

/** The distribution cookie written as a literal in a committed file. */
public final class DistCookieLiteral implements Rule {
  @Override
  public String id() {
    return "dist-cookie-literal";
  }

  @Override
  public void check(RuleContext ctx) {
    for (Cookies.CookieSetting c : ctx.file().view(Cookies.VIEW)) {
      if (c.literal()) {
        String who = c.owner() == null ? "" : " of " + c.owner();
        ctx.report(c.range(), c.setting() + who
            + " is a literal in this file; read it from a secret instead.");
      }
    }
  }
}
