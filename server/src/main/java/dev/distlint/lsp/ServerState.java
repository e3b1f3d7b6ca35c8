package dev.distlint.lsp;

import dev.distlint.base.PositionEncoding;
import dev.distlint.documents.TextDocument;
import dev.distlint.base.Finding;
import dev.distlint.documents.KindRouter;
import dev.distlint.documents.SourceFile;
import dev.distlint.settings.Settings;
import dev.distlint.documents.ParsedFile;
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

  synchronized Settings settings() {
    return projectSettings.overriddenBy(clientSettings);
  }

  synchronized void setProjectSettings(Settings s) {
    projectSettings = s;
  }

  synchronized void setClientSettings(Settings s) {
    clientSettings = s;
  }

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
