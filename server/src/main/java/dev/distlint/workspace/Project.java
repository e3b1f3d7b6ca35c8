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
import java.util.ArrayList;
import java.util.List;

/**
 * A workspace read from disk with its settings: the root's {@code .distlint.yaml} (or an explicit
 * config file) under any settings given on top.
 */
public record Project(Path root, Workspace workspace, Settings settings) {
  public static final String CONFIG_FILE = ".distlint.yaml";

  /** The project root for a path: the nearest ancestor with .distlint.yaml, mix.exs or .git. */
  public static Path rootFor(Path path) {
    Path p = path.toAbsolutePath().normalize();
    Path start = Files.isDirectory(p) ? p : p.getParent();
    for (Path d = start; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(CONFIG_FILE)) || Files.exists(d.resolve("mix.exs"))
          || Files.exists(d.resolve(".git"))) {
        return d;
      }
    }
    return start;
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
    List<ParsedFile> files = new ArrayList<>();
    for (WorkspaceLoader.LoadedFile lf : WorkspaceLoader.scan(root, settings, () -> false)) {
      String path = display.apply(lf.absolute());
      files.add(ParsedFile.of(path, lf.text()));
    }
    return new Project(root.toAbsolutePath().normalize(), new Workspace(files), settings);
  }
}
