package dev.distlint.cli;

import dev.distlint.catalogue.RuleDocs;
import dev.distlint.base.Timings;
import dev.distlint.base.Finding;
import dev.distlint.lint.Linter;
import dev.distlint.lint.ParseAhead;
import dev.distlint.lint.Rule;
import dev.distlint.base.FileKind;
import dev.distlint.documents.KindRouter;
import dev.distlint.documents.SourceFile;
import dev.distlint.report.Baseline;
import dev.distlint.report.CheckResult;
import dev.distlint.report.CheckstyleReport;
import dev.distlint.report.GithubReport;
import dev.distlint.report.GitlabReport;
import dev.distlint.report.JsonReport;
import dev.distlint.report.JunitReport;
import dev.distlint.report.SarifReport;
import dev.distlint.report.TextReport;
import dev.distlint.rules.BuiltinRules;
import dev.distlint.settings.Settings;
import dev.distlint.documents.ParsedFile;
import dev.distlint.facts.projects.ClusterProject;
import dev.distlint.facts.projects.ProjectModel;
import dev.distlint.workspace.Project;
import dev.distlint.workspace.WorkspaceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * {@code distlint check}: each path's project (found from the path upwards) is read whole, so
 * cross-file rules see every file, and findings are reported for the named files or directories,
 * less those recorded in a baseline.
 */
public final class CheckCommand {
  private CheckCommand() {
  }

  /** A check's result with the projects it read and the kinds of the files it reported on. */
  record Checked(CheckResult result, List<Project> projects, Set<FileKind> kinds,
      List<ClusterProject> clusters) {
    Checked with(CheckResult r) {
      return new Checked(r, projects, kinds, clusters);
    }
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.in, out, err);
  }

  static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    CheckOptions o = CheckOptions.parse(args);
    if (o.help()) {
      out.print(Cli.CHECK_USAGE);
      return 0;
    }
    Timings.mark("start");
    Path cwd = Path.of("").toAbsolutePath();
    SkipWatch skips = SkipWatch.install();
    try {
      String stdinText = o.stdin() ? WorkspaceLoader.decode(in.readAllBytes()) : null;
      Checked c = check(o, cwd, stdinText);
      if (sources(c) == 0) {
        if (!o.quiet()) {
          err.println("distlint: no file distlint reads in " + String.join(" ", o.paths())
              + " (Kubernetes or compose YAML, config/*.exs, mix.exs, rel/vm.args, rel/env.sh, "
              + "fly.toml)");
        }
        if (!o.format().equals("text")) {
          emit(o, c, cwd, render(o, c, cwd, 0), out);
        }
        // An include list that matches nothing would pass a CI gate unnoticed.
        boolean narrowed = c.projects().stream().anyMatch(p -> !p.settings().include().isEmpty());
        return narrowed && skips.incomplete(0, err) ? 2 : 0;
      }
      if (o.diff()) {
        return FixCommand.diff(c.result(), out, err);
      }
      if (o.fix() && FixCommand.fix(c.result(), cwd, err) > 0) {
        c = check(o, cwd, stdinText);
      }
      if (o.writeBaseline() != null) {
        Baseline b = Baseline.of(c.result().findings(), c.result().texts(),
            baselineKey(cwd, o.writeBaseline()));
        b.write(o.writeBaseline());
        err.println("distlint: recorded " + TextReport.count(b.entries().size(), "finding",
            "findings") + " in " + display(cwd, o.writeBaseline()));
        return 0;
      }
      c = applyBaseline(o, c, cwd, err);
      int code = o.failOn() != null && c.result().anyAtLeast(o.failOn()) ? 1 : 0;
      String report = render(o, c, cwd, code);
      Timings.mark("render");
      emit(o, c, cwd, report, out);
      Timings.mark("write");
      if (!o.quiet() && (c.clusters().stream().filter(p -> !p.unlinked()).count() > 1
          || ProjectsCommand.summary(c.clusters()).contains("linked to none"))) {
        // Several projects are checked apart: say which, so a missing pairing can be traced.
        err.println("distlint: " + ProjectsCommand.summary(c.clusters()));
      }
      if (o.statistics()) {
        (o.format().equals("text") && o.output() == null ? out : err).print(statistics(c.result()));
      }
      return code == 0 && skips.incomplete(sources(c), err) ? 2 : code;
    } catch (IOException e) {
      err.println("distlint: " + e.getMessage());
      return 2;
    } finally {
      skips.close();
    }
  }

  /** The files checked besides settings files. */
  private static long sources(Checked c) {
    return c.result().paths().stream()
        .filter(p -> KindRouter.byPath(p) != FileKind.DISTLINT_CONFIG).count();
  }

  private static void emit(CheckOptions o, Checked c, Path cwd, String report, PrintStream out)
      throws IOException {
    if (o.output() == null) {
      // The CLI's streams print UTF-8 (Main): the report's bytes go out as they are, where
      // print() would widen a long ASCII report to chars and encode it back.
      byte[] bytes = report.getBytes(StandardCharsets.UTF_8);
      out.write(bytes, 0, bytes.length);
      out.flush();
      return;
    }
    Path parent = o.output().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(o.output(), report, StandardCharsets.UTF_8);
  }

  private static String render(CheckOptions o, Checked c, Path cwd, int exitCode) {
    CheckResult r = c.result();
    return switch (o.format()) {
      case "json" -> JsonReport.render(r);
      case "sarif" -> SarifReport.render(r, rulesThatRan(c),
          new SarifReport.Run(cwd, o.docUrl(), exitCode));
      case "github" -> GithubReport.render(r);
      case "gitlab" -> GitlabReport.render(r);
      case "junit" -> JunitReport.render(r);
      case "checkstyle" -> CheckstyleReport.render(r);
      default -> o.quiet() ? TextReport.findings(r) : TextReport.render(r);
    };
  }

  /** Rules enabled in some project that apply to a kind of file checked, or that found something. */
  static List<Rule> rulesThatRan(Checked c) {
    Set<String> found = new LinkedHashSet<>();
    c.result().findings().forEach(f -> found.add(f.ruleId()));
    List<Rule> out = new ArrayList<>();
    for (Rule rule : BuiltinRules.all()) {
      boolean enabled = c.projects().stream().anyMatch(p -> Linter.enabled(rule, p.settings()));
      boolean applies = RuleDocs.get(rule.id()).kinds().stream()
          .anyMatch(k -> FileKind.byShortName(k).map(c.kinds()::contains).orElse(false));
      if (found.contains(rule.id()) || (enabled && applies)) {
        out.add(rule);
      }
    }
    return out;
  }

  static String statistics(CheckResult r) {
    Map<String, Integer> counts = new TreeMap<>();
    r.findings().forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));
    StringBuilder sb = new StringBuilder();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> sb.append(String.format("%5d  %s%n", e.getValue(), e.getKey())));
    return sb.toString();
  }

  private static Checked applyBaseline(CheckOptions o, Checked c, Path cwd, PrintStream err)
      throws IOException {
    Path file = o.baseline();
    if (file == null) {
      for (Project p : c.projects()) {
        if (p.settings().baseline() != null) {
          file = p.root().resolve(p.settings().baseline()).normalize();
          break;
        }
      }
      if (file == null || !Files.isRegularFile(file)) {
        return c;
      }
    } else if (!Files.isRegularFile(file)) {
      throw new IOException("baseline not found: " + display(cwd, file));
    }
    Function<String, String> key = baselineKey(cwd, file);
    Set<String> checked = new LinkedHashSet<>();
    c.result().paths().forEach(p -> checked.add(key.apply(p)));
    Baseline.Split split = Baseline.read(file).split(c.result().findings(), c.result().texts(),
        key, checked);
    if (!split.stale().isEmpty() && !o.quiet()) {
      err.println("distlint: " + TextReport.count(split.stale().size(), "baseline entry",
          "baseline entries") + " no longer " + (split.stale().size() == 1 ? "occurs" : "occur")
          + "; rewrite " + display(cwd, file) + " with --write-baseline to drop them:");
      for (Baseline.Entry e : split.stale()) {
        err.println("  " + e.path() + " [" + e.rule() + "] " + e.message());
      }
    }
    return c.with(c.result().withFindings(split.fresh()));
  }

  /** Paths as a baseline file records them: relative to its directory, with '/'. */
  private static Function<String, String> baselineKey(Path cwd, Path baselineFile) {
    Path dir = baselineFile.toAbsolutePath().normalize().getParent();
    return p -> {
      Path abs = cwd.resolve(p).normalize();
      return (abs.startsWith(dir) ? dir.relativize(abs) : abs).toString().replace('\\', '/');
    };
  }

  static Checked check(CheckOptions o, Path cwd, String stdinText) throws IOException {
    Map<Path, Project> projects = new LinkedHashMap<>();
    Set<String> selected = new LinkedHashSet<>();
    Map<String, ParsedFile> byPath = new LinkedHashMap<>();
    Set<FileKind> kinds = EnumSet.noneOf(FileKind.class);
    List<Finding> findings = new ArrayList<>();
    Set<ClusterProject> clusters = new LinkedHashSet<>();
    // The rules, their docs and the grammars load while the files are read.
    FutureTask<Linter> linterTask = new FutureTask<>(() -> new Linter(BuiltinRules.all()));
    Thread loader = new Thread(linterTask, "distlint-rules");
    loader.setDaemon(true);
    loader.start();
    for (String arg : o.paths()) {
      Path p = cwd.resolve(arg).normalize();
      if (stdinText == null && !Files.exists(p)) {
        throw new IOException("no such file or directory: " + arg);
      }
      Path root = Project.rootFor(p);
      Project project = projects.get(root);
      if (project == null) {
        project = Project.load(root, Settings.DEFAULT, o.config(), abs -> display(cwd, abs));
        projects.put(root, project);
      }
      if (stdinText == null && Files.isDirectory(p) && !p.equals(root) && !holdsFiles(project, p, cwd)) {
        // A folder the repository's scan leaves out (.gitignore, exclude), named on purpose:
        // it is read as a repository of its own.
        root = p;
        project = projects.get(root);
        if (project == null) {
          project = Project.load(root, Settings.DEFAULT, o.config(), abs -> display(cwd, abs));
          projects.put(root, project);
        }
      }
      if (stdinText != null) {
        project = withText(project, display(cwd, p), stdinText);
        projects.put(root, project);
      } else if (!Files.isDirectory(p) && project.workspace().file(display(cwd, p)) == null) {
        // A file named on the command line is checked even when ignored or excluded.
        project = withFile(project, p, display(cwd, p));
        projects.put(root, project);
      }
      boolean any = false;
      List<ParsedFile> todo = new ArrayList<>();
      boolean directory = Files.isDirectory(p);
      Under under = new Under(cwd, p, directory);
      for (ParsedFile f : project.workspace().files()) {
        if (under.holds(f.path())) {
          any = true;
          byPath.put(f.path(), f);
          if (selected.add(f.path())) {
            kinds.add(f.kind());
            todo.add(f);
          }
        }
      }
      Timings.mark("select files");
      // The views the project model reads, on every core; then the other cores parse the files
      // for the rules while this thread links the files to their projects.
      ProjectModel.readAhead(project.workspace());
      Timings.mark("project model's views");
      ProjectModel model;
      Linter linter;
      // The other cores parse the files while this thread builds the project model.
      try (ParseAhead ahead = ParseAhead.start(todo)) {
        model = model(project, cwd, o.config() != null);
        Timings.mark("project model");
        for (ParsedFile f : todo) {
          ClusterProject cp = model.projectOf(f.path());
          if (cp != null) {
            clusters.add(cp);
          }
        }
        linter = await(linterTask);
        Timings.mark("wait for rules");
      }
      // A project's parses and facts are dropped once its last file is checked: the report needs
      // the files' text and lines only.
      findings.addAll(linter.checkInProjects(model, todo, cp -> cp.workspace().forget()));
      Timings.mark("rules");
      Timings.parts("rules' checks, slowest first (first use of a shared fact counted in the rule that asked)", 20);
      if (!any && !Files.isDirectory(p) && stdinText == null) {
        throw new IOException("not a file distlint reads: " + arg);
      }
    }
    for (Project pr : projects.values()) {
      pr.workspace().files().forEach(f -> byPath.putIfAbsent(f.path(), f));
    }
    findings.sort(Comparator.comparing(Finding::path).thenComparing(Finding::range));
    CheckResult result = new CheckResult(List.copyOf(findings), List.copyOf(selected),
        path -> byPath.containsKey(path) ? byPath.get(path).lines() : null,
        path -> byPath.containsKey(path) ? byPath.get(path).text() : null);
    Timings.mark("sort");
    return new Checked(result, List.copyOf(projects.values()), kinds, List.copyOf(clusters));
  }

  /** True when the scan of {@code project} read a file under the folder {@code dir}. */
  private static boolean holdsFiles(Project project, Path dir, Path cwd) {
    Under under = new Under(cwd, dir, true);
    for (ParsedFile f : project.workspace().files()) {
      if (under.holds(f.path())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a file's path as the scan gives it (see {@link #display}) names {@code target} or,
   * for a folder, a file under it. A path relative to {@code cwd} with '/' is compared as text
   * (thousands of files, each resolved as a path, took a visible share of a check); any other
   * path, and every path where the separator is not '/', as a path.
   */
  record Under(Path cwd, Path target, boolean directory, String shown) {
    Under(Path cwd, Path target, boolean directory) {
      this(cwd, target, directory, target.startsWith(cwd) && java.io.File.separatorChar == '/'
          ? display(cwd, target) : null);
    }

    boolean holds(String path) {
      if (shown != null && isPlainRelative(path)) {
        return path.equals(shown) || (directory
            && (shown.isEmpty() || (path.startsWith(shown) && path.length() > shown.length()
                && path.charAt(shown.length()) == '/')));
      }
      Path abs = cwd.resolve(path).normalize();
      return abs.equals(target) || (directory && abs.startsWith(target));
    }

    /** Relative, '/'-separated, without '.' or '..' segments or doubled slashes. */
    private static boolean isPlainRelative(String path) {
      if (path.isEmpty() || path.charAt(0) == '/' || path.indexOf('\\') >= 0
          || path.indexOf(':') >= 0 || path.endsWith("/") || path.contains("//")) {
        return false;
      }
      for (int start = 0; start <= path.length();) {
        int end = path.indexOf('/', start);
        if (end < 0) {
          end = path.length();
        }
        int n = end - start;
        if ((n == 1 && path.charAt(start) == '.')
            || (n == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.')) {
          return false;
        }
        start = end + 1;
      }
      return true;
    }
  }

  /** The cluster projects of a scanned root, the root's settings at its top. */
  static ProjectModel model(Project project, Path cwd, boolean explicitConfig) {
    String top = display(cwd, project.root());
    String dir = top.isEmpty() ? "" : top + "/";
    return ProjectModel.of(project.workspace(), new ProjectModel.Basis(
        Map.of(dir, project.settings()), Settings.DEFAULT, explicitConfig));
  }

  /** The value of a task another thread runs, its failure rethrown as this thread's. */
  private static <T> T await(FutureTask<T> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the rules", e);
    } catch (ExecutionException e) {
      throw dev.distlint.base.Futures.rethrown(e);
    }
  }

  private static Project withFile(Project project, Path file, String path) throws IOException {
    var lf = WorkspaceLoader.read(file, path, Files.size(file));
    if (lf == null || !KindRouter.isCandidate(path)) {
      return project;
    }
    return withText(project, path, lf.text());
  }

  /** The project with the file at {@code path} holding {@code text} (from disk or stdin). */
  private static Project withText(Project project, String path, String text) {
    if (!KindRouter.isCandidate(path)) {
      return project;
    }
    ParsedFile pf = new ParsedFile(SourceFile.of(path, text), 0);
    return new Project(project.root(), project.workspace().with(pf), project.settings());
  }

  static String display(Path cwd, Path abs) {
    Path a = abs.toAbsolutePath().normalize();
    return a.startsWith(cwd) ? cwd.relativize(a).toString().replace('\\', '/') : a.toString();
  }
}
