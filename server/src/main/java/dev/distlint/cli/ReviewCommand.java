package dev.distlint.cli;

import dev.distlint.lint.Linter;
import dev.distlint.report.review.Review;
import dev.distlint.report.review.ReviewJson;
import dev.distlint.report.review.ReviewMarkdown;
import dev.distlint.rules.BuiltinRules;
import dev.distlint.settings.Settings;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Project;
import dev.distlint.facts.BeamWorkloads;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code distlint review [PATH] [--format markdown|json]}: the cluster review of a project. */
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
      if (!BeamWorkloads.presentIn(p.workspace())) {
        err.println("distlint: no BEAM project in " + path + " (no mix.exs, config/*.exs, rel/ "
            + "files, or BEAM workload in a manifest); nothing to review");
        return 0;
      }
      Review r = Review.of(p.workspace(), new Linter(BuiltinRules.all()), p.settings());
      java.util.function.Function<String, dev.distlint.base.LineIndex> lines = f -> {
        ParsedFile pf = p.workspace().file(f);
        return pf == null ? null : pf.lines();
      };
      out.print(format.equals("json") ? ReviewJson.render(r, lines) : ReviewMarkdown.render(r, lines));
      return 0;
    } catch (IOException e) {
      err.println("distlint: " + e.getMessage());
      return 2;
    }
  }
}
