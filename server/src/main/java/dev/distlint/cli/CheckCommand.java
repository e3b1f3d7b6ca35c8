package dev.distlint.cli;

import dev.distlint.base.Finding;
import dev.distlint.base.Fix;
import dev.distlint.lint.Linter;
import dev.distlint.base.Severity;
import dev.distlint.base.Severity;
import dev.distlint.base.FileKind;
import dev.distlint.documents.KindRouter;
import dev.distlint.report.CheckResult;
import dev.distlint.report.JsonReport;
import dev.distlint.report.SarifReport;
import dev.distlint.report.TextReport;
import dev.distlint.rules.BuiltinRules;
import dev.distlint.settings.Settings;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Project;
import dev.distlint.workspace.WorkspaceLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code distlint check}: each path's project (found from the path upwards) is read whole, so
 * cross-file rules see every file, and findings are reported for the named files or directories.
 */
public final class CheckCommand {
  private CheckCommand() {
  }

  record Options(List<String> paths, String format, Severity failOn, Path config, boolean fix) {
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    Options o = parse(args);
    Path cwd = Path.of("").toAbsolutePath();
    SkipWatch skips = SkipWatch.install();
    Set<String> selected = new LinkedHashSet<>();
    try {
      CheckResult result = check(o, cwd, selected);
      if (o.fix()) {
        int applied = applySafeFixes(result, cwd);
        if (applied > 0) {
          err.println("distlint: applied " + applied + " fix" + (applied == 1 ? "" : "es"));
          result = check(o, cwd);
        }
      }
      switch (o.format()) {
        case "json" -> out.print(JsonReport.render(result));
        case "sarif" -> out.print(SarifReport.render(result, BuiltinRules.all()));
        default -> out.print(TextReport.render(result));
      }
      if (o.failOn() != null && result.anyAtLeast(o.failOn())) {
        return 1;
      }
      long sources = selected.stream()
          .filter(p -> KindRouter.byPath(p) != FileKind.DISTLINT_CONFIG).count();
      return skips.incomplete(sources, err) ? 2 : 0;
    } catch (IOException e) {
      err.println("distlint: " + e.getMessage());
      return 2;
    } finally {
      skips.close();
    }
  }

  static CheckResult check(Options o, Path cwd) throws IOException {
    return check(o, cwd, new LinkedHashSet<>());
  }

  /** Checks and fills {@code selected} with the engine paths of the files checked. */
  static CheckResult check(Options o, Path cwd, Set<String> selected) throws IOException {
    Map<Path, Project> projects = new LinkedHashMap<>();
    Map<String, ParsedFile> byPath = new LinkedHashMap<>();
    List<Finding> findings = new ArrayList<>();
    Linter linter = new Linter(BuiltinRules.all());
    for (String arg : o.paths()) {
      Path p = cwd.resolve(arg).normalize();
      if (!Files.exists(p)) {
        throw new IOException("no such file or directory: " + arg);
      }
      Path root = Project.rootFor(p);
      Project project = projects.get(root);
      if (project == null) {
        project = Project.load(root, Settings.DEFAULT, o.config(), abs -> display(cwd, abs));
        projects.put(root, project);
      }
      if (!Files.isDirectory(p) && project.workspace().file(display(cwd, p)) == null) {
        // A file named on the command line is checked even when ignored or excluded.
        project = withFile(project, p, display(cwd, p));
        projects.put(root, project);
      }
      boolean any = false;
      List<ParsedFile> todo = new ArrayList<>();
      for (ParsedFile f : project.workspace().files()) {
        Path abs = cwd.resolve(f.path()).normalize();
        if (abs.equals(p) || (Files.isDirectory(p) && abs.startsWith(p))) {
          any = true;
          byPath.put(f.path(), f);
          if (selected.add(f.path())) {
            todo.add(f);
          }
        }
      }
      findings.addAll(linter.checkAll(project.workspace(), todo, project.settings()));
      if (!any && !Files.isDirectory(p)) {
        throw new IOException("not a file distlint reads: " + arg);
      }
    }
    for (Project pr : projects.values()) {
      pr.workspace().files().forEach(f -> byPath.putIfAbsent(f.path(), f));
    }
    findings.sort(Comparator.comparing(Finding::path).thenComparing(Finding::range));
    return new CheckResult(List.copyOf(findings), selected.size(),
        path -> byPath.containsKey(path) ? byPath.get(path).lines() : null);
  }

  private static Project withFile(Project project, Path file, String path) throws IOException {
    var lf = dev.distlint.workspace.WorkspaceLoader.read(file, path, Files.size(file));
    if (lf == null || !dev.distlint.documents.KindRouter.isCandidate(path)) {
      return project;
    }
    ParsedFile pf = new ParsedFile(dev.distlint.documents.SourceFile.of(path, lf.text()), 0);
    return new Project(project.root(), project.workspace().with(pf), project.settings());
  }

  /** Applies every safe fix whose edits do not overlap an earlier one; returns how many. */
  static int applySafeFixes(CheckResult result, Path cwd) throws IOException {
    Map<String, List<Fix.FileEdit>> byFile = new LinkedHashMap<>();
    int applied = 0;
    for (Finding f : result.findings()) {
      for (Fix fix : f.fixes()) {
        if (fix.safe() && fix.edits().stream().noneMatch(e -> overlaps(byFile, e))) {
          fix.edits().forEach(e -> byFile.computeIfAbsent(e.path(), k -> new ArrayList<>()).add(e));
          applied++;
          break;
        }
      }
    }
    FixWriter.write(byFile, cwd);
    return applied;
  }

  private static boolean overlaps(Map<String, List<Fix.FileEdit>> byFile, Fix.FileEdit e) {
    for (Fix.FileEdit x : byFile.getOrDefault(e.path(), List.of())) {
      if (x.range().start() < e.range().end() && e.range().start() < x.range().end()
          || x.range().equals(e.range())) {
        return true;
      }
    }
    return false;
  }

  static String display(Path cwd, Path abs) {
    Path a = abs.toAbsolutePath().normalize();
    return a.startsWith(cwd) ? WorkspaceLoader.slashed(cwd.relativize(a)) : a.toString();
  }

  static Options parse(String[] args) {
    List<String> paths = new ArrayList<>();
    String format = "text";
    Severity failOn = Severity.WARNING;
    Path config = null;
    boolean fix = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--format" -> {
          format = value(args, ++i, a);
          if (!List.of("text", "json", "sarif").contains(format)) {
            throw new Cli.UsageException("--format must be text, json or sarif");
          }
        }
        case "--fail-on" -> {
          String v = value(args, ++i, a);
          failOn = v.equals("never") ? null : Severity.parse(v).orElseThrow(
              () -> new Cli.UsageException("--fail-on must be error, warning, info, hint or never"));
        }
        case "--config" -> config = Path.of(value(args, ++i, a)).toAbsolutePath();
        case "--fix" -> fix = true;
        default -> {
          if (a.startsWith("-")) {
            throw new Cli.UsageException("unknown option " + a + " (try --help)");
          }
          paths.add(a);
        }
      }
    }
    if (paths.isEmpty()) {
      paths.add(".");
    }
    return new Options(paths, format, failOn, config, fix);
  }

  private static String value(String[] args, int i, String opt) {
    if (i >= args.length) {
      throw new Cli.UsageException(opt + " needs a value");
    }
    return args[i];
  }
}
