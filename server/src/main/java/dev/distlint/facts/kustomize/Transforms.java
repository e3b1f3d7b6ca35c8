package dev.distlint.facts.kustomize;

import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YNode;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.syntax.yaml.YSeq;
import dev.distlint.syntax.yaml.YamlDocument;
import dev.distlint.documents.ParsedFile;
import java.util.List;

/**
 * What one kustomization does to the objects of its resources, in the fields distlint reads:
 * strategic merge and JSON 6902 patches, {@code replicas}, {@code images}, {@code namePrefix},
 * {@code nameSuffix} and {@code namespace}. A value a transformation sets points at the line of
 * the kustomization or patch that sets it.
 */
final class Transforms {
  private final Kustomize kustomize;
  private final ParsedFile file;
  private final YMap root;
  private final String dir;
  private final YamlDocument doc;

  Transforms(Kustomize kustomize, ParsedFile file, YMap root, String dir) {
    this.kustomize = kustomize;
    this.file = file;
    this.root = root;
    this.dir = dir;
    this.doc = Kustomize.rootDoc(file);
  }

  void apply(List<Kustomize.KObject> objs) {
    if (root == null) {
      return;
    }
    YSeq psm = root.seq("patchesStrategicMerge");
    if (psm != null) {
      for (YNode n : psm.items()) {
        String t = n.text();
        boolean inline = t != null && t.contains("\n");
        patch(objs, kustomize.patchDocs(file, dir, inline ? null : t, inline ? t : null, n),
            null);
      }
    }
    YSeq patches = root.seq("patches");
    if (patches != null) {
      for (YNode n : patches.items()) {
        if (n instanceof YMap m) {
          patch(objs, kustomize.patchDocs(file, dir, m.string("path"), m.string("patch"), n),
              m.map("target"));
        }
      }
    }
    replicas(objs);
    images(objs);
    names(objs);
  }

  private void patch(List<Kustomize.KObject> objs, List<KNode> docs, YMap target) {
    for (KNode d : docs) {
      for (Kustomize.KObject o : objs) {
        if (d instanceof KNode.Seq ops && target != null && selects(target, o)) {
          Patches.apply(o.root(), ops);
        } else if (d instanceof KNode.Map m && (target != null ? selects(target, o)
            : o.kind() != null && o.kind().equals(m.string("kind")) && o.named(nameOf(m)))) {
          Patches.merge(o.root(), m);
        }
      }
    }
  }

  private static String nameOf(KNode.Map m) {
    return m.get("metadata") instanceof KNode.Map meta ? meta.string("name") : null;
  }

  private static boolean selects(YMap target, Kustomize.KObject o) {
    String kind = target.string("kind");
    String name = target.string("name");
    return (kind == null || kind.equals(o.kind())) && (name == null || o.named(name));
  }

  private void replicas(List<Kustomize.KObject> objs) {
    YSeq seq = root.seq("replicas");
    if (seq == null) {
      return;
    }
    for (YNode n : seq.items()) {
      YScalar count = n instanceof YMap m ? m.scalar("count") : null;
      String name = n instanceof YMap m ? m.string("name") : null;
      for (Kustomize.KObject o : objs) {
        if (count != null && Kustomize.replicated(o) && o.named(name)
            && o.root().get("spec") instanceof KNode.Map spec) {
          spec.entries().put("replicas", new KNode.Entry(src(n), scalar(count)));
        }
      }
    }
  }

  private void images(List<Kustomize.KObject> objs) {
    YSeq seq = root.seq("images");
    if (seq == null) {
      return;
    }
    for (YNode n : seq.items()) {
      if (n instanceof YMap m && m.string("name") != null) {
        for (Kustomize.KObject o : objs) {
          Images.retag(o.root(), m, src(n));
        }
      }
    }
  }

  private void names(List<Kustomize.KObject> objs) {
    String prefix = root.string("namePrefix");
    String suffix = root.string("nameSuffix");
    YScalar ns = root.scalar("namespace");
    for (Kustomize.KObject o : objs) {
      KNode.Map meta = o.meta();
      if (meta == null) {
        continue;
      }
      KNode.Entry name = meta.entries().get("name");
      if (name != null && name.value() instanceof KNode.Scalar s && (prefix != null
          || suffix != null)) {
        String v = (prefix == null ? "" : prefix) + s.value() + (suffix == null ? "" : suffix);
        meta.entries().put("name", new KNode.Entry(name.key(),
            new KNode.Scalar(v, false, null, s.src())));
      }
      if (ns != null && !ns.isNull()) {
        meta.entries().put("namespace", new KNode.Entry(src(ns), scalar(ns)));
      }
    }
  }

  private KNode.Src src(YNode n) {
    return new KNode.Src(file.path(), doc.range(n));
  }

  private KNode.Scalar scalar(YScalar s) {
    String t = file.text().substring(doc.range(s).start(), doc.range(s).end());
    return new KNode.Scalar(s.value(), s.plain(), t.indexOf('\n') < 0 && !t.isEmpty() ? t : null,
        src(s));
  }

}
