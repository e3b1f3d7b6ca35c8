package dev.distlint.rules.shutdown;

import dev.distlint.facts.edits.GraceEdits;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.FileKind;
import dev.distlint.facts.Durations;
import dev.distlint.facts.ShutdownBudgets;
import dev.distlint.facts.ShutdownBudgets.Budget;
import java.util.Comparator;
import java.util.List;

/**
 * A platform that sends SIGKILL before the application's drain budget has run out. Only the
 * budgets of the Mix project the platform file belongs to count (a helper service with its own
 * mix.exs and fly.toml is judged by its own configuration).
 */
public final class ShutdownBudgetExceedsPlatformGrace implements Rule {
  /** The platform grace must exceed the drain by more than this. */
  static final long MARGIN_MS = 5_000;
  /** The quick fix sets the grace to the drain plus this. */
  static final long FIX_MARGIN_MS = 15_000;

  @Override
  public String id() {
    return "shutdown-budget-exceeds-platform-grace";
  }

  @Override
  public void check(RuleContext ctx) {
    FileKind kind = ctx.file().kind();
    if (kind != FileKind.K8S && kind != FileKind.COMPOSE && kind != FileKind.FLY) {
      return;
    }
    List<Budget> app = ShutdownBudgets.applicationFor(ctx.workspace(), ctx.file().path());
    if (app.isEmpty()) {
      return;
    }
    Budget drain = app.stream().max(Comparator.comparingLong(Budget::millis)).get();
    for (Budget grace : ShutdownBudgets.platformIn(ctx.workspace(), ctx.file().path())) {
      if (grace.millis() > drain.millis() + MARGIN_MS) {
        continue;
      }
      var report = ctx.at(grace.range(), message(grace, drain))
          .related(drain.path(), drain.range(), drainText(drain));
      long wanted = drain.millis() + FIX_MARGIN_MS;
      List<Fix.FileEdit> edits = GraceEdits.of(ctx.file(), grace, wanted);
      if (!edits.isEmpty()) {
        report.fix(new Fix("Set " + setting(grace) + " to " + Durations.format(
            GraceEdits.roundUp(wanted)), edits, true));
      }
      report.emit();
    }
  }

  private static String message(Budget grace, Budget drain) {
    String how = grace.explicit() ? setting(grace) : "default " + setting(grace);
    return capitalise(grace.owner()) + " is killed " + Durations.format(grace.millis())
        + " after SIGTERM (" + how + "), which does not leave " + Durations.format(MARGIN_MS)
        + " beyond the " + Durations.format(drain.millis()) + " " + drainText(drain) + ".";
  }

  static String drainText(Budget drain) {
    return drain.layer().equals("Oban")
        ? (drain.explicit() ? "Oban shutdown_grace_period" : "default Oban shutdown_grace_period")
        : "drainer shutdown of " + drain.owner();
  }

  static String setting(Budget grace) {
    return switch (grace.layer()) {
      case "Kubernetes" -> "terminationGracePeriodSeconds";
      case "compose" -> "stop_grace_period";
      default -> "kill_timeout";
    };
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
