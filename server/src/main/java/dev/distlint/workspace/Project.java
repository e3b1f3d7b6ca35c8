package dev.distlint.workspace;

import dev.distlint.documents.ParsedFile;
import dev.distlint.base.FileKind;
import dev.distlint.documents.KindRouter;
import dev.distlint.documents.SourceFile;
import dev.distlint.syntax.yaml.YamlView;
import dev.distlint.catalogue.RuleDocs;
import dev.distlint.settings.Settings;
import dev.distlint.settings.SettingsReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A workspace read from disk with its settings: the root's {@code .distlint.yaml} (or an explicit
 * config file) under any settings given on top.
 */
public record Project(Path root, Workspace workspace, Settings settings) {
  public static final String CONFIG_FILE = ".distlint.yaml";

  /**
   * The root a path is checked in: the repository that holds it (the nearest folder with
   * {@code .git}), so that every project and deployment file beside it is seen and linked; a
   * {@code .distlint.yaml} that says {@code root: true} stops the search. Outside a repository,
   * the highest folder with a {@code .distlint.yaml} or {@code mix.exs} (an umbrella above its
   * apps), else the path's own folder.
   */
  public static Path rootFor(Path path) {
    Path p = path.toAbsolutePath().normalize();
    Path start = Files.isDirectory(p) ? p : p.getParent();
    Path highest = null;
    for (Path d = start; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git"))) {
        return d;
      }
      Path cfg = d.resolve(CONFIG_FILE);
      if (Files.isRegularFile(cfg) && statesRoot(cfg)) {
        return d;
      }
      if (Files.exists(cfg) || Files.exists(d.resolve("mix.exs"))) {
        highest = d;
      }
    }
    return highest != null ? highest : start;
  }

  /** True when a settings file says {@code root: true} (read as text: only the flag matters). */
  private static boolean statesRoot(Path cfg) {
    try {
      if (Files.size(cfg) > 1024 * 1024) {
        return false;
      }
      for (String line : Files.readAllLines(cfg, java.nio.charset.StandardCharsets.UTF_8)) {
        if (line.matches("root\\s*:\\s*(true|yes|on)\\s*(#.*)?")) {
          return true;
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
    return false;
  }

  /** Reads the settings file of a root, or the explicit one; absent files give defaults. */
  public static Settings readSettings(Path root, Path explicit) throws IOException {
    Path f = explicit != null ? explicit : root.resolve(CONFIG_FILE);
    if (!Files.isRegularFile(f)) {
      if (explicit != null) {
        throw new IOException("config file not found: " + explicit);
      }
      return Settings.DEFAULT;
    }
    String text = WorkspaceLoader.decode(Files.readAllBytes(f));
    ParsedFile pf = new ParsedFile(new SourceFile(f.toString(), text, FileKind.DISTLINT_CONFIG), 0);
    return SettingsReader.fromYaml(pf.view(YamlView.YAML), RuleDocs::exists);
  }

  /**
   * Scans a root directory into a workspace. Each file's engine path is {@code display} applied
   * to its absolute path (e.g. relative to the current directory), as reports show it.
   */
  public static Project load(Path root, Settings over, Path explicitConfig,
      java.util.function.Function<Path, String> display) throws IOException {
    Settings settings = readSettings(root, explicitConfig).overriddenBy(over);
    // Each file's path and kind (a sniff of its text) on every core; the order stays the scan's.
    List<ParsedFile> files = dev.distlint.base.Parallelism.stream(
        WorkspaceLoader.scan(root, settings, () -> false))
        .map(lf -> ParsedFile.of(display.apply(lf.absolute()), lf.text()))
        .toList();
    return new Project(root.toAbsolutePath().normalize(), new Workspace(files), settings);
  }
}
