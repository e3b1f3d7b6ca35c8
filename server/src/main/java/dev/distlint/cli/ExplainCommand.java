package dev.distlint.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.distlint.catalogue.RuleDoc;
import dev.distlint.catalogue.RuleDocs;
import dev.distlint.lint.Rule;
import dev.distlint.rules.BuiltinRules;
import java.io.PrintStream;

/** {@code distlint rules} and {@code distlint explain}. */
public final class ExplainCommand {
  private ExplainCommand() {
  }

  public static int rules(String[] args, PrintStream out) {
    String format = "text";
    Args a = new Args(args);
    while (a.hasNext()) {
      String opt = a.next();
      if (Args.isHelp(opt)) {
        out.print(Cli.RULES_USAGE);
        return 0;
      } else if (opt.equals("--format")) {
        format = Args.choice(opt, a.value(opt), "text", "json", "markdown");
      } else {
        throw new Cli.UsageException("unknown argument " + opt + " (try distlint rules --help)");
      }
    }
    boolean json = format.equals("json");
    JsonArray arr = new JsonArray();
    for (Rule r : BuiltinRules.all()) {
      RuleDoc d = RuleDocs.get(r.id());
      if (json) {
        JsonObject o = new JsonObject();
        o.addProperty("id", d.id());
        o.addProperty("title", d.title());
        o.addProperty("severity", d.severity().label());
        o.addProperty("confidence", d.confidence());
        o.addProperty("kinds", String.join(",", d.kinds()));
        arr.add(o);
      } else if (format.equals("markdown")) {
        out.println("| `" + d.id() + "` — " + d.title() + " | " + d.severity().label() + " | "
            + d.confidence() + " | " + String.join(", ", d.kinds()) + " |");
      } else {
        out.printf("%-46s %-8s %-10s %s%n", d.id(), d.severity().label(), d.confidence(),
            d.title());
      }
    }
    if (json) {
      out.println(new GsonBuilder().setPrettyPrinting().create().toJson(arr));
    }
    return 0;
  }

  public static int explain(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 1 && Args.isHelp(args[0])) {
      out.print(Cli.EXPLAIN_USAGE);
      return 0;
    }
    if (args.length != 1 || args[0].startsWith("-")) {
      throw new Cli.UsageException("usage: distlint explain RULE-ID");
    }
    String id = args[0];
    if (!BuiltinRules.isKnown(id)) {
      String hint = BuiltinRules.nearest(id).map(n -> "; did you mean '" + n + "'?")
          .orElse(" (see distlint rules)");
      err.println("distlint: unknown rule '" + id + "'" + hint);
      return 2;
    }
    RuleDoc d = RuleDocs.get(id);
    out.println("# " + d.title() + " (" + d.id() + ")");
    out.println();
    out.println("Severity: " + d.severity().label() + ". Confidence: " + d.confidence()
        + ". Files: " + String.join(", ", d.kinds()) + ".");
    out.println();
    out.println(d.help());
    return 0;
  }
}
