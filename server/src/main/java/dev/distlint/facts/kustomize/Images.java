package dev.distlint.facts.kustomize;

import dev.distlint.model.compose.ComposeService;
import dev.distlint.syntax.yaml.YMap;

/** Kustomize's {@code images} transformation: a new name, tag or digest for an image. */
final class Images {
  private Images() {
  }

  /** Rewrites the image of every container of {@code obj} whose repository is the entry's name. */
  static void retag(KNode.Map obj, YMap entry, KNode.Src at) {
    walk(obj, entry, at);
  }

  private static void walk(KNode n, YMap entry, KNode.Src at) {
    if (n instanceof KNode.Map m) {
      KNode.Entry image = m.entries().get("image");
      if (image != null && image.value() instanceof KNode.Scalar s && m.get("name") != null
          && entry.string("name").equals(ComposeService.repository(s.value()))) {
        m.entries().put("image", new KNode.Entry(image.key(),
            new KNode.Scalar(rewrite(s.value(), entry), false, null, at)));
      }
      m.entries().values().forEach(e -> walk(e.value(), entry, at));
    } else if (n instanceof KNode.Seq s) {
      s.items().forEach(i -> walk(i, entry, at));
    }
  }

  private static String rewrite(String image, YMap entry) {
    String repo = ComposeService.repository(image);
    String rest = image.substring(Math.min(repo.length(), image.length()));
    String name = entry.string("newName") != null ? entry.string("newName") : repo;
    if (entry.string("digest") != null) {
      return name + "@" + entry.string("digest");
    }
    return name + (entry.string("newTag") != null ? ":" + entry.string("newTag") : rest);
  }
}
