package dev.distlint.rules.dist;

import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.facts.Cookies;
import dev.distlint.facts.Cookies.CookieSetting;

/** Nodes of one cluster (same image, same scope) set different literal cookies. */
public final class DistCookieMismatch implements Rule {
  @Override
  public String id() {
    return "dist-cookie-mismatch";
  }

  @Override
  public void check(RuleContext ctx) {
    for (CookieSetting mine : ctx.file().view(Cookies.VIEW)) {
      if (!mine.literal()) {
        continue;
      }
      for (CookieSetting other : Cookies.literalsOf(ctx.workspace(), mine.group())) {
        if (other != mine && !other.digest().equals(mine.digest())) {
          ctx.at(mine.range(), "RELEASE_COOKIE of " + mine.owner() + " differs from the one of "
              + other.owner() + ", which runs the same image: these nodes will refuse each other.")
              .related(other.path(), other.range(), "the other cookie of this cluster")
              .emit();
          break;
        }
      }
    }
  }
}
