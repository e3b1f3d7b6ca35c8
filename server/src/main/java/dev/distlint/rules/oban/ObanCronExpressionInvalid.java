package dev.distlint.rules.oban;

import dev.distlint.facts.oban.ObanConfigs;
import dev.distlint.facts.oban.CronExpression;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExString;
import dev.distlint.syntax.elixir.ExTuple;
import dev.distlint.syntax.elixir.view.ConfigCall;

/** A crontab entry whose expression Oban's parser rejects, which stops Oban from starting. */
public final class ObanCronExpressionInvalid implements Rule {
  @Override
  public String id() {
    return "oban-cron-expression-invalid";
  }

  @Override
  public void check(RuleContext ctx) {
    for (ConfigCall c : ObanConfigs.in(ctx.file())) {
      for (ExList crontab : ObanConfigs.crontabs(c)) {
        for (ExNode entry : crontab.items()) {
          if (entry instanceof ExTuple t && !t.items().isEmpty()
              && t.items().get(0) instanceof ExString s && s.value() != null) {
            String problem = CronExpression.problem(s.value());
            if (problem != null) {
              ctx.report(s.range(), "Cron expression \"" + s.value() + "\" is invalid: "
                  + problem + ". Oban refuses to start with it.");
            }
          }
        }
      }
    }
  }
}
