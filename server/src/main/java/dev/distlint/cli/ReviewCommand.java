package dev.distlint.cli;

import dev.distlint.lint.Linter;
import dev.distlint.report.review.ProjectReviews;
import dev.distlint.rules.BuiltinRules;
import dev.distlint.settings.Settings;
import dev.distlint.workspace.Project;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code distlint review [PATH] [--format markdown|json]}: the cluster review of each project found under PATH. */
public final class ReviewCommand {
  private ReviewCommand() {
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    String path = ".";
    String format = "markdown";
    Args a = new Args(args);
    while (a.hasNext()) {
      String opt = a.next();
      if (Args.isHelp(opt)) {
        out.print(Cli.REVIEW_USAGE);
        return 0;
      } else if (opt.equals("--format")) {
        format = Args.choice(opt, a.value(opt), "markdown", "json");
      } else if (opt.startsWith("-")) {
        throw new Cli.UsageException("unknown option " + opt + " (try distlint review --help)");
      } else {
        path = opt;
      }
    }
    Path cwd = Path.of("").toAbsolutePath();
    Path dir = cwd.resolve(path).normalize();
    if (!Files.isDirectory(dir)) {
      err.println("distlint: not a directory: " + path);
      return 2;
    }
    try {
      Project p = Project.load(dir, Settings.DEFAULT, null, abs -> CheckCommand.display(cwd, abs));
      var reviews = ProjectReviews.of(CheckCommand.model(p, cwd, false),
          new Linter(BuiltinRules.all()));
      if (reviews.isEmpty()) {
        err.println("distlint: no BEAM project in " + path + " (no mix.exs, config/*.exs, rel/ "
            + "files, or BEAM workload in a manifest); nothing to review");
        return 0;
      }
      out.print(format.equals("json") ? ProjectReviews.json(reviews) : ProjectReviews.markdown(reviews));
      return 0;
    } catch (IOException e) {
      err.println("distlint: " + e.getMessage());
      return 2;
    }
  }
}
