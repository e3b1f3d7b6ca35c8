package dev.distlint.facts.kustomize;

import java.util.List;
import java.util.Set;

/**
 * The two kinds of Kustomize patch, for the fields distlint's rules read: a strategic merge
 * (mappings merge key by key; the lists Kubernetes merges by a key, such as containers by name
 * and env by name, merge item by item; other lists are replaced; a null deletes) and a JSON 6902
 * list of add, replace and remove operations.
 */
final class Patches {
  private static final Set<String> BY_NAME = Set.of("containers", "initContainers", "env",
      "volumes", "imagePullSecrets", "envFrom");

  private Patches() {
  }

  static void merge(KNode.Map target, KNode.Map patch) {
    patch.entries().forEach((key, e) -> {
      if (key.startsWith("$")) {
        return;
      }
      KNode pv = e.value();
      KNode tv = target.get(key);
      if (pv instanceof KNode.Scalar s && s.plain() && isNull(s.value())) {
        target.entries().remove(key);
      } else if (pv instanceof KNode.Scalar s && tv instanceof KNode.Scalar t
          && s.value().equals(t.value())) {
        return; // the patch restates the value (a name to match by): the base line keeps it
      } else if (pv instanceof KNode.Map pm && tv instanceof KNode.Map tm) {
        merge(tm, pm);
      } else if (pv instanceof KNode.Seq ps && tv instanceof KNode.Seq ts
          && mergeKey(key, ps) != null) {
        mergeList(ts, ps, mergeKey(key, ps));
      } else {
        target.entries().put(key, new KNode.Entry(e.key(), KNode.copy(pv)));
      }
    });
  }

  private static String mergeKey(String listKey, KNode.Seq items) {
    if (BY_NAME.contains(listKey)) {
      return "name";
    }
    return switch (listKey) {
      case "ports" -> items.items().stream().anyMatch(i -> i instanceof KNode.Map m
          && m.get("containerPort") != null) ? "containerPort" : "port";
      case "volumeMounts" -> "mountPath";
      case "topologySpreadConstraints" -> "topologyKey";
      default -> null;
    };
  }

  private static void mergeList(KNode.Seq target, KNode.Seq patch, String key) {
    for (KNode item : patch.items()) {
      String id = item instanceof KNode.Map m ? m.string(key) : null;
      KNode.Map match = null;
      for (KNode t : target.items()) {
        if (id != null && t instanceof KNode.Map tm && id.equals(tm.string(key))) {
          match = tm;
        }
      }
      if (match != null) {
        merge(match, (KNode.Map) item);
      } else {
        target.items().add(KNode.copy(item));
      }
    }
  }

  /** Applies JSON 6902 operations; an operation whose path does not resolve is skipped. */
  static void apply(KNode.Map target, KNode.Seq ops) {
    for (KNode n : ops.items()) {
      if (n instanceof KNode.Map op && op.string("op") != null && op.string("path") != null) {
        applyOne(target, op.string("op"), op.string("path"), op.get("value"), op);
      }
    }
  }

  private static void applyOne(KNode.Map target, String op, String path, KNode value,
      KNode.Map opNode) {
    List<String> segs = List.of(path.replaceFirst("^/", "").split("/", -1)).stream()
        .map(s -> s.replace("~1", "/").replace("~0", "~")).toList();
    KNode cur = target;
    for (String seg : segs.subList(0, segs.size() - 1)) {
      cur = child(cur, seg);
      if (cur == null) {
        return;
      }
    }
    String last = segs.get(segs.size() - 1);
    boolean remove = op.equals("remove");
    if (!remove && (value == null || !op.equals("add") && !op.equals("replace"))) {
      return;
    }
    if (cur instanceof KNode.Map m) {
      if (remove) {
        m.entries().remove(last);
      } else {
        m.entries().put(last, new KNode.Entry(opNode.src(), KNode.copy(value)));
      }
    } else if (cur instanceof KNode.Seq s) {
      int i = last.equals("-") ? s.items().size() : index(last);
      if (i < 0 || i > s.items().size() || (remove || op.equals("replace")) && i == s.items().size()) {
        return;
      }
      if (remove) {
        s.items().remove(i);
      } else if (op.equals("replace")) {
        s.items().set(i, KNode.copy(value));
      } else {
        s.items().add(i, KNode.copy(value));
      }
    }
  }

  private static KNode child(KNode n, String seg) {
    if (n instanceof KNode.Map m) {
      return m.get(seg);
    }
    if (n instanceof KNode.Seq s) {
      int i = index(seg);
      return i >= 0 && i < s.items().size() ? s.items().get(i) : null;
    }
    return null;
  }

  private static int index(String seg) {
    return seg.matches("\\d{1,6}") ? Integer.parseInt(seg) : -1;
  }

  static boolean isNull(String v) {
    return v.isEmpty() || v.equals("~") || v.equalsIgnoreCase("null");
  }
}
