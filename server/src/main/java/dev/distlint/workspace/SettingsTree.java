package dev.distlint.workspace;

import dev.distlint.base.FileKind;
import dev.distlint.catalogue.RuleDocs;
import dev.distlint.documents.ParsedFile;
import dev.distlint.settings.Settings;
import dev.distlint.settings.SettingsReader;
import dev.distlint.syntax.yaml.YamlView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The settings that apply to each file: those of its root (the root's {@code .distlint.yaml}, or
 * the file named with {@code --config} / {@code distlint.configFile}), then every
 * {@code .distlint.yaml} on the way down to the file's folder, each over the one above it (a
 * file with {@code root: true} starts afresh), then the editor's or command line's own settings
 * on top. An explicit configuration file applies everywhere: folders' files are then not read.
 * Paths are engine paths (as the workspace names files, with '/'); a folder is written with a
 * trailing slash, the empty string for the current folder.
 */
public final class SettingsTree {
  private final Map<String, Settings> tops;
  private final List<String> rootDirs;
  private final Map<String, Settings> nested;
  private final Settings over;
  private final Map<String, Settings> resolved = new ConcurrentHashMap<>();

  private SettingsTree(Map<String, Settings> tops, Map<String, Settings> nested, Settings over) {
    this.tops = Map.copyOf(tops);
    List<String> dirs = new ArrayList<>(tops.keySet());
    dirs.sort(Comparator.comparingInt(String::length).reversed());
    this.rootDirs = List.copyOf(dirs);
    this.nested = Map.copyOf(nested);
    this.over = over.withoutProblems();
  }

  /**
   * The tree of a workspace. {@code tops} maps each root folder to its settings as read (its own
   * file or the explicit one); {@code explicit} turns the folders' files off.
   */
  public static SettingsTree of(Workspace ws, Map<String, Settings> tops, Settings over,
      boolean explicit) {
    Map<String, Settings> nested = new HashMap<>();
    if (!explicit) {
      for (ParsedFile f : ws.filesOf(FileKind.DISTLINT_CONFIG)) {
        if (!f.source().name().equals(Project.CONFIG_FILE)) {
          continue;
        }
        String dir = dirOf(f.path());
        if (!tops.containsKey(dir)) {
          nested.put(dir, SettingsReader.fromYaml(f.view(YamlView.YAML), RuleDocs::exists)
              .withoutProblems());
        }
      }
    }
    Map<String, Settings> t = new HashMap<>();
    tops.forEach((dir, s) -> t.put(dir, s.withoutProblems()));
    return new SettingsTree(t, nested, over);
  }

  /** One root with its settings, and nothing below it read: every file gets the same settings. */
  public static SettingsTree flat(Settings settings) {
    return new SettingsTree(Map.of("", Settings.DEFAULT), Map.of(), settings);
  }

  /** The settings of the file at {@code path}. */
  public Settings settingsFor(String path) {
    return settingsForDir(dirOf(path));
  }

  /** The settings that apply in folder {@code dir} (with a trailing slash, "" for the top). */
  public Settings settingsForDir(String dir) {
    Settings s = resolved.get(dir);
    if (s == null) {
      s = resolve(dir);
      resolved.put(dir, s);
    }
    return s;
  }

  private Settings resolve(String dir) {
    String root = rootOf(dir);
    Settings s = root == null ? Settings.DEFAULT : tops.get(root);
    if (!nested.isEmpty()) {
      int from = root == null ? 0 : root.length();
      for (int i = dir.indexOf('/', from); i >= 0; i = dir.indexOf('/', i + 1)) {
        Settings n = nested.get(dir.substring(0, i + 1));
        if (n != null) {
          s = n.layout().root() ? n : s.overriddenBy(n);
        }
      }
    }
    return s.overriddenBy(over).withoutProblems();
  }

  /**
   * True unless a nested {@code .distlint.yaml} on the way to the file leaves it out: its
   * {@code include} and {@code exclude} globs are relative to its own folder. (The root's globs
   * already chose the files read.)
   */
  public boolean accepts(String path) {
    if (nested.isEmpty()) {
      return true;
    }
    String dir = dirOf(path);
    String root = rootOf(dir);
    int from = root == null ? 0 : root.length();
    for (int i = dir.indexOf('/', from); i >= 0; i = dir.indexOf('/', i + 1)) {
      String d = dir.substring(0, i + 1);
      Settings n = nested.get(d);
      if (n != null && !n.accepts(path.substring(d.length()))) {
        return false;
      }
    }
    return true;
  }

  /** The root folder that holds {@code dir} (the deepest), or null when none does. */
  public String rootOf(String dir) {
    for (String r : rootDirs) {
      if (dir.startsWith(r)) {
        return r;
      }
    }
    return null;
  }

  /** The root folders, deepest first. */
  public List<String> roots() {
    return rootDirs;
  }

  /**
   * Every settings file that states projects, by folder: the roots' and those below them (an
   * explicit file counts as its root's).
   */
  public Map<String, Settings> declaring() {
    Map<String, Settings> out = new HashMap<>();
    tops.forEach((d, s) -> {
      if (!s.layout().projects().isEmpty()) {
        out.put(d, s);
      }
    });
    nested.forEach((d, s) -> {
      if (!s.layout().projects().isEmpty()) {
        out.put(d, s);
      }
    });
    if (!over.layout().projects().isEmpty()) {
      rootDirs.forEach(d -> out.putIfAbsent(d, over));
    }
    return out;
  }

  /** The folder part of an engine path, with its trailing slash ("" for a bare name). */
  public static String dirOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash + 1);
  }
}
