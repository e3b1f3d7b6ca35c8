package dev.distlint.facts.projects;

import dev.distlint.base.FileKind;
import dev.distlint.documents.ParsedFile;
import dev.distlint.documents.View;
import dev.distlint.model.compose.ComposeFile;
import dev.distlint.model.compose.ComposeService;
import dev.distlint.model.k8s.Container;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YNode;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.syntax.yaml.YSeq;
import dev.distlint.syntax.yaml.YamlDocument;
import dev.distlint.syntax.yaml.YamlView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a deployment file says about the application it runs: names (image repositories, object
 * names and app labels, compose service names, the Fly app, a chart's name and image) and the
 * folders compose builds its images from. Read once per file snapshot.
 *
 * @param names normalised names: lower case, '_' as '-', an image as the last part of its
 *     repository
 * @param buildContexts compose build folders, as written, relative to the compose file
 */
record Evidence(Set<String> names, List<String> buildContexts) {
  static final Evidence NONE = new Evidence(Set.of(), List.of());

  static final View<Evidence> VIEW = View.of("project-evidence", Evidence::read);

  /** Labels whose value names the application. */
  private static final List<String> APP_LABELS = List.of("app", "app.kubernetes.io/name",
      "app.kubernetes.io/instance", "app.kubernetes.io/part-of", "k8s-app", "name");
  /** Keys of chart values and other YAML whose value names an image or the application. */
  private static final Set<String> VALUE_KEYS = Set.of("image", "repository", "nameOverride",
      "fullnameOverride", "app");
  private static final int MAX_DEPTH = 12;

  /** Each service of a compose file with its own evidence, in file order. */
  static final View<Map<String, Evidence>> SERVICES = View.of("project-evidence-by-service",
      Evidence::byService);

  static Evidence of(ParsedFile f) {
    return f.view(VIEW);
  }

  static Map<String, Evidence> services(ParsedFile f) {
    return f.view(SERVICES);
  }

  private static Map<String, Evidence> byService(ParsedFile f) {
    if (f.kind() != dev.distlint.base.FileKind.COMPOSE || f.tooLarge()) {
      return Map.of();
    }
    Map<String, Evidence> out = new java.util.LinkedHashMap<>();
    for (ComposeService s : ComposeFile.of(f)) {
      Set<String> names = new LinkedHashSet<>();
      List<String> contexts = new ArrayList<>();
      service(s, names, contexts);
      out.put(s.name(), new Evidence(Set.copyOf(names), List.copyOf(contexts)));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** A compose service's names (service, image, container) and build folder. */
  private static void service(ComposeService s, Set<String> names, List<String> contexts) {
    add(names, s.name());
    image(names, s.image());
    add(names, s.node().string("container_name"));
    YNode build = s.node().get("build");
    if (build instanceof YScalar sc) {
      contexts.add(sc.value());
    } else if (build instanceof YMap m && m.string("context") != null) {
      contexts.add(m.string("context"));
    }
  }

  private static Evidence read(ParsedFile f) {
    if (f.tooLarge()) {
      return NONE;
    }
    Set<String> names = new LinkedHashSet<>();
    List<String> contexts = new ArrayList<>();
    switch (f.kind()) {
      case K8S -> {
        for (KubeObject o : KubeObjects.of(f)) {
          add(names, o.name());
          labels(names, o.labels());
          labels(names, o.podLabels());
          for (Container c : o.containers()) {
            image(names, c.node().string("image"));
            add(names, c.name());
          }
        }
      }
      case COMPOSE -> {
        for (ComposeService s : ComposeFile.of(f)) {
          service(s, names, contexts);
        }
      }
      case FLY -> f.view(ReleaseViews.FLY).root().getString("app")
          .ifPresent(a -> add(names, a));
      case YAML -> {
        if (f.source().name().equals("Chart.yaml") || f.source().name().startsWith("values")) {
          for (YamlDocument d : f.view(YamlView.YAML).documents()) {
            values(names, d.root(), f.source().name().equals("Chart.yaml"), 0);
          }
        }
      }
      default -> {
        return NONE;
      }
    }
    return names.isEmpty() && contexts.isEmpty() ? NONE
        : new Evidence(Set.copyOf(names), List.copyOf(contexts));
  }

  private static void labels(Set<String> names, Map<String, String> labels) {
    for (String key : APP_LABELS) {
      add(names, labels.get(key));
    }
  }

  /** Chart.yaml's name; in values, images and name overrides at any depth. */
  private static void values(Set<String> names, YNode node, boolean chart, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (node instanceof YMap m) {
      for (YMap.Entry e : m.entries()) {
        String key = e.key().value();
        if (e.value() instanceof YScalar s && !s.isNull()) {
          if (chart ? key.equals("name") && depth == 0 : VALUE_KEYS.contains(key)) {
            image(names, s.value());
          }
        } else {
          values(names, e.value(), chart, depth + 1);
        }
      }
    } else if (node instanceof YSeq seq) {
      for (YNode n : seq.items()) {
        values(names, n, chart, depth + 1);
      }
    }
  }

  /** An image's repository, last part: {@code ghcr.io/acme/chat_api:1.2} gives chat-api. */
  private static void image(Set<String> names, String image) {
    if (image == null || image.isBlank() || image.contains("{{")) {
      return;
    }
    String repo = ComposeService.repository(image.trim());
    add(names, repo.substring(repo.lastIndexOf('/') + 1));
  }

  private static void add(Set<String> names, String name) {
    String n = normal(name);
    if (n != null) {
      names.add(n);
    }
  }

  /** A name as evidence compares it: lower case, '_' and '.' as '-'; null for nothing usable. */
  static String normal(String name) {
    if (name == null || name.isBlank() || name.contains("{{") || name.contains("$")) {
      return null;
    }
    String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace('.', '-');
    return n.length() < 2 ? null : n;
  }

  static boolean isDeployment(FileKind kind) {
    return switch (kind) {
      case K8S, COMPOSE, FLY, DOCKERFILE, ENTRYPOINT, YAML -> true;
      default -> false;
    };
  }
}
