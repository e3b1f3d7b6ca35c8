package dev.distlint.support;

import dev.distlint.base.Finding;
import dev.distlint.lint.Linter;
import dev.distlint.rules.BuiltinRules;
import dev.distlint.settings.Settings;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A fixture case: files with inline {@code # expect: <rule-id>[, <rule-id>]} markers, at the end
 * of the line they mean, or alone on the line above it. Checked exactly both ways: every finding
 * of a considered rule has a marker and every marker a finding.
 */
public final class Fixture {
  private static final Pattern MARKER = Pattern.compile("#\\s*expect:\\s*([A-Za-z0-9_, -]+)\\s*$");

  /** One expected or actual finding, by file, 1-based line and rule. */
  public record Expectation(String path, int line, String rule) implements Comparable<Expectation> {
    @Override
    public int compareTo(Expectation o) {
      int c = path.compareTo(o.path);
      if (c != 0) {
        return c;
      }
      return line != o.line ? Integer.compare(line, o.line) : rule.compareTo(o.rule);
    }
  }

  private final Map<String, String> files;

  public Fixture(Map<String, String> files) {
    this.files = files;
  }

  /** Reads a case: a single file, or every file under a directory (paths relative to it). */
  public static Fixture read(Path caseRoot) {
    Map<String, String> files = new TreeMap<>();
    try {
      if (Files.isDirectory(caseRoot)) {
        try (Stream<Path> s = Files.walk(caseRoot)) {
          for (Path p : s.filter(Files::isRegularFile).toList()) {
            files.put(caseRoot.relativize(p).toString().replace('\\', '/'),
                Files.readString(p, StandardCharsets.UTF_8));
          }
        }
      } else {
        files.put(caseRoot.getFileName().toString(), Files.readString(caseRoot, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Fixture(files);
  }

  public Map<String, String> files() {
    return files;
  }

  public Workspace workspace() {
    List<ParsedFile> parsed = new ArrayList<>();
    files.forEach((path, text) -> parsed.add(ParsedFile.of(path, text)));
    return new Workspace(parsed);
  }

  /** Every marker of the case. */
  public List<Expectation> expected() {
    List<Expectation> out = new ArrayList<>();
    files.forEach((path, text) -> {
      String[] lines = text.split("\r\n|\r|\n", -1);
      List<String> pending = new ArrayList<>();
      for (int i = 0; i < lines.length; i++) {
        Matcher m = MARKER.matcher(lines[i]);
        boolean markerFound = m.find();
        boolean alone = markerFound && lines[i].substring(0, m.start()).isBlank();
        if (markerFound && alone) {
          pending.addAll(ids(m.group(1)));
          continue;
        }
        if (!pending.isEmpty() && !lines[i].isBlank()) {
          for (String id : pending) {
            out.add(new Expectation(path, i + 1, id));
          }
          pending.clear();
        }
        if (markerFound) {
          for (String id : ids(m.group(1))) {
            out.add(new Expectation(path, i + 1, id));
          }
        }
      }
    });
    return out;
  }

  private static List<String> ids(String group) {
    List<String> ids = new ArrayList<>();
    for (String s : group.split("[,\\s]+")) {
      if (!s.isBlank()) {
        ids.add(s.trim());
      }
    }
    return ids;
  }

  /**
   * All findings in all files of the case, with every built-in rule at default settings, or at
   * those of the case's own {@code .distlint.yaml} when it has one (to switch on opt-in rules).
   */
  public List<Finding> findings() {
    String config = files.get(".distlint.yaml");
    if (config == null) {
      return findings(Settings.DEFAULT);
    }
    return findings(dev.distlint.settings.SettingsReader.fromYaml(
        ParsedFile.of(".distlint.yaml", config).view(dev.distlint.syntax.yaml.YamlView.YAML),
        BuiltinRules::isKnown));
  }

  public List<Finding> findings(Settings settings) {
    Workspace ws = workspace();
    Linter linter = new Linter(BuiltinRules.all());
    List<Finding> out = new ArrayList<>();
    for (ParsedFile f : ws.files()) {
      out.addAll(linter.check(ws, f, settings));
    }
    return out;
  }

  /**
   * All findings of the case checked as {@code check} does a repository: each file within its
   * cluster project, with the settings of its folder (the case's {@code .distlint.yaml} files,
   * nearest first).
   */
  public List<Finding> projectFindings() {
    Workspace ws = workspace();
    return new Linter(BuiltinRules.all()).checkInProjects(model(ws), List.copyOf(ws.files()));
  }

  /** The project model of the case, its top {@code .distlint.yaml} read as the root's settings. */
  public dev.distlint.facts.projects.ProjectModel model(Workspace ws) {
    String config = files.get(".distlint.yaml");
    Settings top = config == null ? Settings.DEFAULT : dev.distlint.settings.SettingsReader.fromYaml(
        ParsedFile.of(".distlint.yaml", config).view(dev.distlint.syntax.yaml.YamlView.YAML),
        BuiltinRules::isKnown);
    return dev.distlint.facts.projects.ProjectModel.of(ws,
        new dev.distlint.facts.projects.ProjectModel.Basis(Map.of("", top), Settings.DEFAULT, false));
  }

  public Expectation toExpectation(Finding f) {
    ParsedFile pf = ParsedFile.of(f.path(), files.get(f.path()));
    return new Expectation(f.path(), pf.lines().lineOf(f.range().start()) + 1, f.ruleId());
  }

  /** An excerpt of a file with a caret under a line, for failure messages. */
  public String excerpt(Expectation e, String note) {
    String text = files.get(e.path());
    if (text == null) {
      return e + " " + note;
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
    StringBuilder sb = new StringBuilder();
    sb.append(e.path()).append(':').append(e.line()).append(": ").append(note).append(" [")
        .append(e.rule()).append("]\n");
    int from = Math.max(1, e.line() - 1);
    int to = Math.min(lines.length, e.line() + 1);
    for (int i = from; i <= to; i++) {
      sb.append(String.format("%5d | %s%n", i, lines[i - 1]));
      if (i == e.line()) {
        sb.append("      | ^^^\n");
      }
    }
    return sb.toString();
  }

  /** Convenience for tests: a case from path/text pairs. */
  public static Fixture of(String... pathsAndTexts) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pathsAndTexts.length; i += 2) {
      m.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
    }
    return new Fixture(m);
  }
}
