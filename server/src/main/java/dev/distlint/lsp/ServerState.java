package dev.distlint.lsp;

import dev.distlint.base.PositionEncoding;
import dev.distlint.documents.TextDocument;
import dev.distlint.base.Finding;
import dev.distlint.documents.KindRouter;
import dev.distlint.documents.SourceFile;
import dev.distlint.settings.Settings;
import dev.distlint.documents.ParsedFile;
import dev.distlint.facts.projects.ProjectModel;
import dev.distlint.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the server knows, guarded by this object's monitor: open documents, files read
 * from the workspace folders, settings, and the last findings published per document. Snapshots
 * handed to analysis are immutable, so analysis runs without the lock.
 */
final class ServerState {
  /** An open document and its snapshot, created once per version (parsed lazily by views). */
  record OpenDoc(String uri, String path, TextDocument doc, ParsedFile parsed) {
  }

  private final Map<String, OpenDoc> open = new LinkedHashMap<>();
  private final Map<String, ParsedFile> disk = new HashMap<>();
  private final Map<String, List<Finding>> findings = new HashMap<>();
  private final List<Path> roots = new ArrayList<>();
  private PositionEncoding encoding = PositionEncoding.UTF16;
  private Settings projectSettings = Settings.DEFAULT;
  private Settings clientSettings = Settings.DEFAULT;
  private Settings configured;
  private Workspace snapshot;

  synchronized PositionEncoding encoding() {
    return encoding;
  }

  synchronized void setEncoding(PositionEncoding e) {
    encoding = e;
  }

  synchronized List<Path> roots() {
    return List.copyOf(roots);
  }

  synchronized void setRoots(List<Path> r) {
    roots.clear();
    roots.addAll(r);
  }

  /** The settings of the first workspace folder (the named configuration file's, if any). */
  synchronized Settings settings() {
    return (configured != null ? configured : projectSettings).overriddenBy(clientSettings);
  }

  /** The settings a folder is read with: the named configuration file's, else its own file's. */
  synchronized Settings rootSettings(Path root) {
    Settings top = configured;
    if (top == null) {
      try {
        top = dev.distlint.workspace.Project.readSettings(root, null);
      } catch (java.io.IOException | RuntimeException e) {
        top = Settings.DEFAULT;
      }
    }
    return top.overriddenBy(clientSettings);
  }

  synchronized void setProjectSettings(Settings s) {
    projectSettings = s;
  }

  synchronized void setClientSettings(Settings s) {
    clientSettings = s;
    snapshot = null;
  }

  /**
   * The settings of the configuration file the editor names ({@code distlint.configFile}), which
   * then apply in every folder instead of the folders' own files; null for none.
   */
  synchronized void setConfigured(Settings s) {
    configured = s;
    snapshot = null;
  }

  synchronized Settings clientSettings() {
    return clientSettings;
  }

  /**
   * What a feature on the file at {@code path} sees: its cluster project's files (the whole
   * snapshot for a file of no project), so hover, completion and navigation stay in the project.
   */
  Workspace workspaceFor(String path) {
    Workspace ws = model().workspaceOf(path);
    return ws != null ? ws : snapshot();
  }

  /**
   * The cluster projects of the current snapshot: each workspace folder is a root with its own
   * {@code .distlint.yaml} (as open in the editor, else as on disk), nested files cascade below
   * it, and the editor's settings lie on top. Memoised per snapshot.
   */
  ProjectModel model() {
    Workspace ws;
    ProjectModel.Basis basis;
    synchronized (this) {
      ws = snapshot();
      Map<String, Settings> tops = new HashMap<>();
      for (Path root : roots) {
        String dir = root.toString().endsWith("/") ? root.toString() : root + "/";
        Settings top = configured;
        if (top == null) {
          ParsedFile cfg = ws.file(dir + dev.distlint.workspace.Project.CONFIG_FILE);
          top = cfg == null ? Settings.DEFAULT : dev.distlint.settings.SettingsReader.fromYaml(
              cfg.view(dev.distlint.syntax.yaml.YamlView.YAML), dev.distlint.rules.BuiltinRules::isKnown);
        }
        tops.put(dir, top);
      }
      basis = new ProjectModel.Basis(tops, clientSettings, configured != null);
    }
    ProjectModel before;
    Workspace beforeWs;
    synchronized (this) {
      if (lastModelWs == ws && basis.equals(lastBasis)) {
        return lastModel;
      }
      boolean sameBasis = basis.equals(lastBasis);
      before = sameBasis ? lastModel : null;
      beforeWs = sameBasis ? lastModelWs : null;
    }
    // from the last snapshot's model when an edit left every project as it was
    ProjectModel m = ProjectModel.next(before, beforeWs, ws, basis);
    synchronized (this) {
      if (snapshot == ws) {
        lastModel = m;
        lastModelWs = ws;
        lastBasis = basis;
      }
    }
    return m;
  }

  /** The model of the snapshot {@code lastModelWs}, on {@code lastBasis} (guarded by this). */
  private ProjectModel lastModel;
  private Workspace lastModelWs;
  private ProjectModel.Basis lastBasis;

  synchronized OpenDoc open(String uri, int version, String text) {
    String path = Uris.toPath(uri);
    TextDocument doc = new TextDocument(uri, version, text);
    OpenDoc d = new OpenDoc(uri, path, doc, ParsedFile.of(path, doc));
    open.put(uri, d);
    snapshot = null;
    return d;
  }

  synchronized OpenDoc update(String uri, TextDocument next) {
    OpenDoc cur = open.get(uri);
    if (cur == null) {
      return null;
    }
    OpenDoc d = new OpenDoc(uri, cur.path(), next, ParsedFile.of(cur.path(), next));
    open.put(uri, d);
    snapshot = null;
    return d;
  }

  synchronized OpenDoc close(String uri) {
    OpenDoc d = open.remove(uri);
    findings.remove(uri);
    snapshot = null;
    return d;
  }

  synchronized OpenDoc get(String uri) {
    return open.get(uri);
  }

  synchronized List<OpenDoc> openDocs() {
    return List.copyOf(open.values());
  }

  synchronized void putDisk(ParsedFile f) {
    disk.put(f.path(), f);
    snapshot = null;
  }

  synchronized void removeDisk(String path) {
    if (disk.remove(path) != null) {
      snapshot = null;
    }
  }

  synchronized void replaceDisk(List<ParsedFile> files) {
    disk.clear();
    files.forEach(f -> disk.put(f.path(), f));
    snapshot = null;
  }

  synchronized int diskCount() {
    return disk.size();
  }

  /** Disk files overlaid with open documents, rebuilt only after a change. */
  synchronized Workspace snapshot() {
    if (snapshot == null) {
      Map<String, ParsedFile> all = new LinkedHashMap<>(disk);
      for (OpenDoc d : open.values()) {
        all.put(d.path(), d.parsed());
      }
      snapshot = new Workspace(all.values());
    }
    return snapshot;
  }

  /** Stores the findings of an open document; those of a document closed meanwhile are dropped. */
  synchronized void setFindings(String uri, List<Finding> f) {
    if (open.containsKey(uri)) {
      findings.put(uri, f);
    }
  }

  /** Sizes of what the state holds, by name (for the soak test). */
  synchronized Map<String, Integer> sizes() {
    return Map.of("open", open.size(), "disk", disk.size(), "findings", findings.size());
  }

  /** The version of the open document at an engine path, or null when it is not open. */
  synchronized Integer versionOf(String path) {
    for (OpenDoc d : open.values()) {
      if (d.path().equals(path)) {
        return d.doc().version();
      }
    }
    return null;
  }

  /** The URI the client uses for an engine path: an open document's, else its file URI. */
  synchronized String uriOf(String path) {
    for (OpenDoc d : open.values()) {
      if (d.path().equals(path)) {
        return d.uri();
      }
    }
    return dev.distlint.lsp.features.Diagnostics.uriOf(path);
  }

  synchronized List<Finding> findings(String uri) {
    return findings.getOrDefault(uri, List.of());
  }
}
