package dev.distlint.cli;

import dev.distlint.lint.Linter;
import dev.distlint.report.review.Review;
import dev.distlint.report.review.ReviewJson;
import dev.distlint.report.review.ReviewMarkdown;
import dev.distlint.rules.BuiltinRules;
import dev.distlint.settings.Settings;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Project;
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
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--format") && i + 1 < args.length) {
        format = args[++i];
        if (!format.equals("markdown") && !format.equals("json")) {
          throw new Cli.UsageException("--format must be markdown or json");
        }
      } else if (args[i].startsWith("-")) {
        throw new Cli.UsageException("unknown option " + args[i] + " (try --help)");
      } else {
        path = args[i];
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
