package dev.distlint.assist;

import dev.distlint.base.FileKind;
import dev.distlint.base.TextRange;
import dev.distlint.documents.ParsedFile;
import dev.distlint.facts.Discovery;
import dev.distlint.facts.Fact;
import dev.distlint.facts.Topology;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.model.k8s.Container;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.ExWalker;
import dev.distlint.syntax.elixir.view.ChildSpec;
import dev.distlint.syntax.envsh.EnvAssignment;
import dev.distlint.syntax.envsh.Expansion;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cross-file references of a project, computed once per workspace snapshot: libcluster
 * {@code service:} to the Service, a selector (disruption budget, Service) to the workloads it
 * selects, a variable in {@code RELEASE_NODE} to where the pod gets it, a {@code pubsub_server:}
 * to the PubSub child, a discovery basename to the release.
 */
public final class Links {
  private static final Fact<Links> OF = Fact.of("Links", Links::new);
  private static final Set<String> BASENAME_KEYS =
      Set.of("node_basename", "application_name", "basename");

  private final List<Link> all;

  private Links(Workspace ws) {
    List<Link> out = new ArrayList<>();
    List<KubeObject> objects = KubeObjects.all(ws);
    topologies(ws, objects, out);
    selectors(objects, out);
    releaseNode(ws, objects, out);
    pubsubServers(ws, out);
    all = List.copyOf(out);
  }

  public static Links of(Workspace ws) {
    return OF.in(ws);
  }

  public List<Link> all() {
    return all;
  }

  /** Links whose source in {@code path} covers {@code offset}. */
  public List<Link> from(String path, int offset) {
    return all.stream().filter(l -> l.path().equals(path) && l.from().contains(offset)).toList();
  }

  /** Links whose target in {@code path} covers {@code offset}. */
  public List<Link> to(String path, int offset) {
    return all.stream().filter(l -> l.targetPath().equals(path) && l.to().contains(offset))
        .toList();
  }

  private static void topologies(Workspace ws, List<KubeObject> objects, List<Link> out) {
    Optional<Link> release = release(ws);
    for (Topology t : Discovery.of(ws).topologies()) {
      t.configPair("service").ifPresent(p -> p.value().asStringValue().ifPresent(name -> {
        for (KubeObject o : objects) {
          if (o.is("Service") && name.equals(o.name())) {
            out.add(new Link(t.path(), p.value().range(), o.path(), o.nameRange(),
                "Service " + name));
          }
        }
      }));
      for (ExPair p : t.configPairs()) {
        if (BASENAME_KEYS.contains(p.keyName()) && release.isPresent()
            && p.value().asStringValue().isPresent()) {
          Link r = release.get();
          out.add(new Link(t.path(), p.value().range(), r.targetPath(), r.to(), r.label()));
        }
      }
    }
  }

  /** Where the release is named in mix.exs: its key under {@code releases:}, else {@code app:}. */
  private static Optional<Link> release(Workspace ws) {
    for (ParsedFile f : ElixirViews.mixFiles(ws)) {
      Optional<ExList> project = f.view(ElixirViews.MIX).project();
      if (project.isEmpty()) {
        continue;
      }
      Optional<ExPair> releases = project.get().keyword("releases");
      if (releases.isPresent() && releases.get().value() instanceof ExList list
          && !list.pairs().isEmpty()) {
        ExPair first = list.pairs().get(0);
        return Optional.of(new Link(null, null, f.path(), first.keyRange(),
            "release " + first.keyName()));
      }
      Optional<ExPair> app = project.get().keyword("app");
      if (app.isPresent()) {
        return Optional.of(new Link(null, null, f.path(), app.get().value().range(),
            "application " + app.get().value().asAtomName().orElse("")));
      }
    }
    return Optional.empty();
  }

  private static void selectors(List<KubeObject> objects, List<Link> out) {
    for (KubeObject o : objects) {
      boolean pdb = o.is("PodDisruptionBudget");
      if (!pdb && !o.is("Service") || o.spec() == null || !(o.spec().get("selector")
          instanceof YMap sel) || sel.entries().isEmpty()) {
        continue;
      }
      for (KubeObject w : objects) {
        boolean hit = pdb ? KubeObjects.budgetSelects(o, w)
            : w.isWorkload() && o.namespace().equals(w.namespace())
                && KubeObjects.selects(sel, w.podLabels(), true);
        if (hit && w.isWorkload()) {
          out.add(new Link(o.path(), selectorRange(o), w.path(), w.nameRange(),
              w.kind() + " " + w.name()));
        }
      }
    }
  }

  /** The {@code selector:} key and its value. */
  private static TextRange selectorRange(KubeObject o) {
    YMap.Entry e = o.spec().entry("selector");
    return o.range(e.key()).union(o.range(e.value()));
  }

  /**
   * Each variable in {@code RELEASE_NODE} to its latest assignment above in the same script and
   * to the containers that set it; one pass over the script, so a huge one stays linear.
   */
  private static void releaseNode(Workspace ws, List<KubeObject> objects, List<Link> out) {
    for (ParsedFile f : ws.filesOf(FileKind.ENVSH)) {
      Map<String, TextRange> assigned = new HashMap<>();
      for (EnvAssignment a : f.view(ReleaseViews.ENV_SH).assignments()) {
        if (a.name().equals("RELEASE_NODE")) {
          for (Expansion e : a.expansions()) {
            if (e.variable() != null) {
              TextRange before = assigned.get(e.variable());
              if (before != null) {
                out.add(new Link(f.path(), e.range(), f.path(), before, e.variable()));
              }
              containerSources(f, e, objects, out);
            }
          }
        }
        assigned.put(a.name(), a.nameRange());
      }
    }
  }

  private static void containerSources(ParsedFile envSh, Expansion e, List<KubeObject> objects,
      List<Link> out) {
    for (KubeObject o : objects) {
      if (!o.isWorkload()) {
        continue;
      }
      for (Container c : o.containers()) {
        Container.EnvVar v = c.envVar(e.variable());
        if (v != null) {
          out.add(new Link(envSh.path(), e.range(), o.path(), o.range(v.nameNode()),
              e.variable() + " of " + o.kind() + " " + o.name()));
        }
      }
    }
  }

  private static void pubsubServers(Workspace ws, List<Link> out) {
    List<ParsedFile> elixir = ws.filesOf(FileKind.APP, FileKind.EX, FileKind.EXS);
    List<Link> children = new ArrayList<>();
    for (ParsedFile f : ws.filesOf(FileKind.APP, FileKind.EX)) {
      for (ChildSpec c : ElixirViews.children(f).children()) {
        if (c.module().equals("Phoenix.PubSub")) {
          c.option("name").ifPresent(n -> children.add(new Link(null, null, f.path(), n.range(),
              text(f, n))));
        }
      }
    }
    if (children.isEmpty()) {
      return;
    }
    for (ParsedFile f : elixir) {
      for (ExPair p : ExWalker.findAll(ElixirViews.ast(f), ExPair.class)) {
        if (!"pubsub_server".equals(p.keyName())) {
          continue;
        }
        String name = text(f, p.value());
        for (Link c : children) {
          if (c.label().equals(name)) {
            out.add(new Link(f.path(), p.value().range(), c.targetPath(), c.to(),
                "PubSub " + name));
          }
        }
      }
    }
  }

  private static String text(ParsedFile f, ExNode n) {
    return f.slice(n.range()).strip();
  }
}
