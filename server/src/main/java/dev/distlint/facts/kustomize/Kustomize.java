package dev.distlint.facts.kustomize;

import dev.distlint.facts.Fact;
import dev.distlint.syntax.yaml.YamlView;
import dev.distlint.model.k8s.WorkloadKinds;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YNode;
import dev.distlint.syntax.yaml.YamlDocument;
import dev.distlint.syntax.yaml.YamlParser;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Kustomize layout of a workspace: its kustomizations, the top-level ones (those no other
 * kustomization uses as a resource), and what each top-level one produces. A base used only by
 * overlays is not analysed on its own: its files are read as part of each overlay's output.
 */
public final class Kustomize {
  private static final Fact<List<Overlay>> OVERLAYS = Fact.of("kustomize-overlays", w -> new Kustomize(w).build());
  private static final Set<String> NAMES = Set.of("kustomization.yaml", "kustomization.yml",
      "Kustomization");
  private static final int MAX_DEPTH = 16;

  private final Workspace ws;
  private final Map<String, ParsedFile> byDir = new LinkedHashMap<>();
  private Set<String> sources;

  private Kustomize(Workspace ws) {
    this.ws = ws;
  }

  /** The overlays of the workspace, one per top-level kustomization; memoised. */
  /** Whether a file's name makes it a kustomization, whatever its content. */
  public static boolean isKustomization(String fileName) {
    return NAMES.contains(fileName);
  }

  public static List<Overlay> overlays(Workspace ws) {
    return OVERLAYS.in(ws);
  }

  private List<Overlay> build() {
    for (ParsedFile f : ws.files()) {
      if (NAMES.contains(f.source().name())) {
        byDir.put(dirOf(f.path()), f);
      }
    }
    if (byDir.isEmpty()) {
      return List.of();
    }
    Set<String> used = new LinkedHashSet<>();
    byDir.forEach((dir, f) -> resources(f).forEach(r -> used.add(resolve(dir, r))));
    List<Overlay> out = new ArrayList<>();
    byDir.forEach((dir, f) -> {
      if (!used.contains(dir)) {
        sources = new LinkedHashSet<>();
        Emitter e = new Emitter();
        for (KObject o : objects(dir, 0)) {
          e.document(o.root());
        }
        out.add(Overlay.of(f, e, sources));
      }
    });
    return List.copyOf(out);
  }

  /** An object on its way through the kustomizations, with the name its base gives it. */
  record KObject(KNode.Map root, String baseName) {
    String kind() {
      return root.string("kind");
    }

    KNode.Map meta() {
      return root.get("metadata") instanceof KNode.Map m ? m : null;
    }

    String name() {
      return meta() == null ? null : meta().string("name");
    }

    boolean named(String n) {
      return n != null && (n.equals(name()) || n.equals(baseName));
    }
  }

  private List<KObject> objects(String dir, int depth) {
    ParsedFile k = byDir.get(dir);
    List<KObject> objs = new ArrayList<>();
    if (k == null || depth > MAX_DEPTH) {
      return objs;
    }
    sources.add(k.path());
    for (String r : resources(k)) {
      String p = resolve(dir, r);
      if (byDir.containsKey(p)) {
        objs.addAll(objects(p, depth + 1));
      } else if (ws.file(p) != null) {
        objs.addAll(read(ws.file(p)));
      }
    }
    YMap root = rootOf(k);
    new Transforms(this, k, root, dir).apply(objs);
    return objs;
  }

  /** The Kubernetes objects of a file, as trees that remember their lines. */
  List<KObject> read(ParsedFile f) {
    sources.add(f.path());
    List<KObject> out = new ArrayList<>();
    for (YamlDocument d : f.view(YamlView.YAML).documents()) {
      if (d.root() instanceof YMap m && m.string("kind") != null) {
        KNode.Map n = (KNode.Map) KNode.of(m, d, f.path(), f.text());
        KObject o = new KObject(n, null);
        out.add(new KObject(n, o.name()));
      }
    }
    return out;
  }

  /** The patch documents of a file or of inline text (pointing at the entry that holds it). */
  List<KNode> patchDocs(ParsedFile k, String dir, String file, String inline, YNode at) {
    List<KNode> out = new ArrayList<>();
    if (file != null) {
      ParsedFile f = ws.file(resolve(dir, file));
      if (f != null) {
        sources.add(f.path());
        for (YamlDocument d : f.view(YamlView.YAML).documents()) {
          if (d.root() != null) {
            out.add(KNode.of(d.root(), d, f.path(), f.text()));
          }
        }
      }
    } else if (inline != null) {
      KNode.Src to = new KNode.Src(k.path(), rootDoc(k).range(at));
      for (YamlDocument d : YamlParser.parse(inline).documents()) {
        if (d.root() != null) {
          out.add(relocated(KNode.of(d.root(), d, k.path(), inline), to));
        }
      }
    }
    return out;
  }

  /** Every node of an inline patch points at the kustomization entry that holds it. */
  private static KNode relocated(KNode n, KNode.Src to) {
    if (n instanceof KNode.Map m) {
      LinkedHashMap<String, KNode.Entry> entries = new LinkedHashMap<>();
      m.entries().forEach((k, e) -> entries.put(k, new KNode.Entry(to, relocated(e.value(), to))));
      return new KNode.Map(entries, to);
    }
    if (n instanceof KNode.Seq s) {
      return new KNode.Seq(new ArrayList<>(s.items().stream().map(i -> relocated(i, to))
          .toList()), to);
    }
    KNode.Scalar s = (KNode.Scalar) n;
    return new KNode.Scalar(s.value(), s.plain(), s.text(), to);
  }

  static boolean replicated(KObject o) {
    return o.kind() != null && WorkloadKinds.isReplicated(o.kind());
  }

  static YMap rootOf(ParsedFile k) {
    YamlDocument d = rootDoc(k);
    return d == null ? null : d.rootMap();
  }

  static YamlDocument rootDoc(ParsedFile k) {
    List<YamlDocument> docs = k.view(YamlView.YAML).documents();
    return docs.isEmpty() ? null : docs.get(0);
  }

  private static List<String> resources(ParsedFile k) {
    List<String> out = new ArrayList<>();
    YMap root = rootOf(k);
    for (String key : List.of("resources", "bases")) {
      var seq = root == null ? null : root.seq(key);
      if (seq != null) {
        seq.items().forEach(i -> {
          if (i.text() != null && !i.text().contains("://")) {
            out.add(i.text());
          }
        });
      }
    }
    return out;
  }

  static String dirOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /** A relative reference from {@code dir}, normalised ({@code ..} and {@code .} removed). */
  static String resolve(String dir, String ref) {
    List<String> parts = new ArrayList<>();
    for (String s : ((dir.isEmpty() ? "" : dir + "/") + ref).split("/")) {
      if (s.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
        parts.remove(parts.size() - 1);
      } else if (!s.isEmpty() && !s.equals(".")) {
        parts.add(s);
      }
    }
    return (dir.startsWith("/") ? "/" : "") + String.join("/", parts);
  }
}
