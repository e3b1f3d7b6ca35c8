package dev.distlint.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.distlint.base.FileKind;
import dev.distlint.documents.KindRouter;
import dev.distlint.facts.projects.ClusterProject;
import dev.distlint.facts.projects.ProjectModel;
import dev.distlint.settings.Settings;
import dev.distlint.report.TextReport;
import dev.distlint.workspace.Project;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code distlint projects}: the cluster projects {@code check} finds under each path, each with
 * its files and the reason each file belongs to it, for finding out why two files are (or are
 * not) checked together.
 */
public final class ProjectsCommand {
  private ProjectsCommand() {
  }

  public static int run(String[] argv, PrintStream out, PrintStream err) throws IOException {
    Args a = new Args(argv);
    List<String> paths = new ArrayList<>();
    String format = "text";
    Path config = null;
    Path cwd = Path.of("").toAbsolutePath();
    while (a.hasNext()) {
      String opt = a.next();
      if (Args.isHelp(opt)) {
        out.print(Cli.PROJECTS_USAGE);
        return 0;
      }
      switch (opt) {
        case "--format" -> format = Args.choice(opt, a.value(opt), "text", "json");
        case "--config" -> config = cwd.resolve(a.value(opt)).normalize();
        default -> {
          if (opt.startsWith("-") && !opt.equals("-")) {
            throw new Cli.UsageException("projects: unknown option '" + opt + "'");
          }
          paths.add(opt);
        }
      }
    }
    if (paths.isEmpty()) {
      paths.add(".");
    }
    Map<Path, ProjectModel> models = new LinkedHashMap<>();
    for (String arg : paths) {
      Path p = cwd.resolve(arg).normalize();
      if (!Files.exists(p)) {
        throw new IOException("no such file or directory: " + arg);
      }
      Path root = Project.rootFor(p);
      if (!models.containsKey(root)) {
        Project project = Project.load(root, Settings.DEFAULT, config,
            abs -> CheckCommand.display(cwd, abs));
        models.put(root, CheckCommand.model(project, cwd, config != null));
      }
    }
    if (format.equals("json")) {
      JsonArray list = new JsonArray();
      models.values().forEach(m -> m.projects().forEach(p -> list.add(json(p))));
      JsonObject o = new JsonObject();
      o.add("projects", list);
      out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o));
    } else {
      models.values().forEach(m -> m.projects().forEach(p -> text(p, out)));
      long n = models.values().stream()
          .mapToLong(m -> m.projects().stream().filter(p -> !p.unlinked()).count()).sum();
      out.println(TextReport.count(n, "cluster project", "cluster projects") + ".");
    }
    return 0;
  }

  /** The one-line account of the projects found, as {@code check} prints it. */
  static String summary(List<ClusterProject> projects) {
    List<String> named = new ArrayList<>();
    int unlinked = 0;
    for (ClusterProject p : projects) {
      if (p.unlinked()) {
        unlinked += (int) p.members().stream()
            .filter(m -> KindRouter.byPath(m.path()) != FileKind.DISTLINT_CONFIG).count();
      } else {
        named.add(p.name() + " (" + folder(p) + ", " + p.origin() + ")");
      }
    }
    StringBuilder sb = new StringBuilder(TextReport.count(named.size(), "cluster project",
        "cluster projects"));
    if (!named.isEmpty()) {
      int shown = Math.min(named.size(), 5);
      sb.append(": ").append(String.join(", ", named.subList(0, shown)));
      if (named.size() > shown) {
        sb.append(" and ").append(named.size() - shown).append(" more");
      }
    }
    if (unlinked > 0) {
      sb.append("; ").append(TextReport.count(unlinked, "file", "files"))
          .append(" linked to none, checked on ").append(unlinked == 1 ? "its" : "their")
          .append(" own");
    }
    return sb.append(" (distlint projects lists why)").toString();
  }

  private static void text(ClusterProject p, PrintStream out) {
    out.println((p.unlinked() ? "(no project) " + folder(p) : p.name() + "  " + folder(p)
        + "  " + p.origin()));
    int width = 0;
    for (ClusterProject.Member m : p.members()) {
      width = Math.max(width, m.path().length());
    }
    width = Math.min(width, 60);
    for (ClusterProject.Member m : p.members()) {
      out.println("  " + pad(m.path(), width) + "  " + m.reason());
    }
    out.println();
  }

  private static JsonObject json(ClusterProject p) {
    JsonObject o = new JsonObject();
    o.addProperty("name", p.unlinked() ? null : p.name());
    o.addProperty("folder", folder(p));
    o.addProperty("origin", p.origin());
    JsonArray files = new JsonArray();
    for (ClusterProject.Member m : p.members()) {
      JsonObject f = new JsonObject();
      f.addProperty("path", m.path());
      f.addProperty("reason", m.reason());
      if (m.shared()) {
        f.addProperty("shared", true); // only some of its services belong to this project
      }
      files.add(f);
    }
    o.add("files", files);
    return o;
  }

  private static String folder(ClusterProject p) {
    return p.dir().isEmpty() ? "./" : p.dir();
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
