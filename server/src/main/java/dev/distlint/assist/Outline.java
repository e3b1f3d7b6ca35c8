package dev.distlint.assist;

import dev.distlint.base.TextRange;
import dev.distlint.documents.ParsedFile;
import dev.distlint.facts.Discovery;
import dev.distlint.facts.Topology;
import dev.distlint.model.compose.ComposeFile;
import dev.distlint.model.compose.ComposeService;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.model.k8s.Container;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.ExWalker;
import dev.distlint.syntax.elixir.view.ChildSpec;
import dev.distlint.syntax.elixir.view.ConfigCall;
import dev.distlint.syntax.envsh.EnvAssignment;
import dev.distlint.syntax.toml.TomlEntry;
import dev.distlint.syntax.toml.TomlTable;
import dev.distlint.syntax.vmargs.VmFlag;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YamlDocument;
import dev.distlint.syntax.yaml.YamlView;
import java.util.ArrayList;
import java.util.List;

/**
 * The outline of every file kind distlint reads: Kubernetes objects by kind and name with their
 * containers, compose services, config calls with their topologies and Oban queues, children of
 * an application, releases, vm.args flags, env.sh variables, fly.toml sections.
 */
public final class Outline {
  private Outline() {
  }

  public static List<Symbol> of(ParsedFile f) {
    try {
      return switch (f.kind()) {
        case K8S -> kubernetes(f);
        case COMPOSE -> compose(f);
        case YAML, DISTLINT_CONFIG -> yamlKeys(f);
        case EXS -> configScript(f);
        case APP, EX, MIX -> elixirModules(f);
        case VMARGS -> flags(f);
        case ENVSH -> variables(f);
        case FLY -> toml(f);
        default -> List.of();
      };
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  private static List<Symbol> kubernetes(ParsedFile f) {
    List<Symbol> out = new ArrayList<>();
    for (KubeObject o : KubeObjects.of(f)) {
      List<Symbol> containers = new ArrayList<>();
      for (Container c : o.containers()) {
        TextRange r = o.range(c.node());
        containers.add(Symbol.leaf(c.name() == null ? "container" : c.name(), "container",
            Symbol.Kind.OBJECT, r, c.anchor() == null ? r : o.range(c.anchor())));
      }
      out.add(new Symbol(o.kind() + " " + o.name(), o.namespace(), Symbol.Kind.OBJECT,
          o.doc().range(), o.nameRange(), containers));
    }
    return out;
  }

  private static List<Symbol> compose(ParsedFile f) {
    List<Symbol> out = new ArrayList<>();
    for (ComposeService s : ComposeFile.of(f)) {
      TextRange name = s.range(s.nameNode());
      out.add(Symbol.leaf(s.name(), s.image(), Symbol.Kind.OBJECT,
          s.node() == null ? name : name.union(s.range(s.node())), name));
    }
    return out;
  }

  private static List<Symbol> yamlKeys(ParsedFile f) {
    List<Symbol> out = new ArrayList<>();
    for (YamlDocument d : f.view(YamlView.YAML).documents()) {
      YMap root = d.rootMap();
      if (root == null) {
        continue;
      }
      for (YMap.Entry e : root.entries()) {
        TextRange key = d.range(e.key());
        out.add(Symbol.leaf(e.key().value(), null, Symbol.Kind.KEY,
            e.value() == null ? key : key.union(d.range(e.value())), key));
      }
    }
    return out;
  }

  private static List<Symbol> configScript(ParsedFile f) {
    List<Topology> topologies = Discovery.topologies(f);
    List<Symbol> out = new ArrayList<>();
    for (ConfigCall c : ElixirViews.config(f).calls()) {
      List<Symbol> children = new ArrayList<>();
      for (Topology t : topologies) {
        if (c.range().contains(t.anchor().start())) {
          children.add(Symbol.leaf(t.name(), t.strategy(), Symbol.Kind.NAMESPACE,
              t.spec().range(), t.anchor()));
        }
      }
      if ("Oban".equals(c.module())) {
        c.get("queues").ifPresent(q -> children.addAll(keywords(q, "queue", Symbol.Kind.EVENT)));
      }
      String name = "config :" + c.app() + (c.module() != null ? ", " + c.module()
          : c.key() != null ? ", :" + c.key() : "");
      out.add(new Symbol(name, c.env(), Symbol.Kind.NAMESPACE, c.range(), c.range(), children));
    }
    return out;
  }

  private static List<Symbol> keywords(ExNode list, String detail, Symbol.Kind kind) {
    List<Symbol> out = new ArrayList<>();
    if (list instanceof ExList l) {
      for (ExPair p : l.pairs()) {
        if (p.keyName() != null) {
          out.add(Symbol.leaf(p.keyName(), detail, kind, p.range(), p.keyRange()));
        }
      }
    }
    return out;
  }

  private static List<Symbol> elixirModules(ParsedFile f) {
    List<Symbol> out = new ArrayList<>();
    List<ChildSpec> children = ElixirViews.children(f).children();
    for (ExCall def : ExWalker.calls(ElixirViews.ast(f), "defmodule")) {
      if (def.args().isEmpty()) {
        continue;
      }
      ExNode name = def.args().get(0);
      List<Symbol> inner = new ArrayList<>();
      for (ChildSpec c : children) {
        if (def.range().contains(c.range().start())) {
          inner.add(Symbol.leaf(c.module(), "child", Symbol.Kind.MODULE, c.range(), c.range()));
        }
      }
      f.view(ElixirViews.MIX).project().flatMap(p -> p.keyword("releases"))
          .ifPresent(r -> inner.addAll(keywords(r.value(), "release", Symbol.Kind.OBJECT)));
      out.add(new Symbol(f.slice(name.range()).strip(), "module", Symbol.Kind.MODULE,
          def.range(), name.range(), inner));
    }
    return out;
  }

  private static List<Symbol> flags(ParsedFile f) {
    List<Symbol> out = new ArrayList<>();
    for (VmFlag flag : f.view(ReleaseViews.VM_ARGS).flags()) {
      // A flag's value is shown except where it may be a secret (-setcookie, its files).
      String detail = flag.name().contains("cookie") ? null
          : flag.arg(0).map(t -> t.text()).orElse(null);
      out.add(Symbol.leaf(flag.name(), detail, Symbol.Kind.FLAG, flag.range(), flag.nameRange()));
    }
    return out;
  }

  private static List<Symbol> variables(ParsedFile f) {
    List<Symbol> out = new ArrayList<>();
    for (EnvAssignment a : f.view(ReleaseViews.ENV_SH).assignments()) {
      out.add(Symbol.leaf(a.name(), a.condition(), Symbol.Kind.VARIABLE, a.range(),
          a.nameRange()));
    }
    return out;
  }

  private static List<Symbol> toml(ParsedFile f) {
    List<Symbol> out = new ArrayList<>();
    TomlTable root = f.view(ReleaseViews.FLY).root();
    for (TomlEntry e : root.entries()) {
      TextRange r = e.value().range() == null ? e.keyRange() : e.keyRange().union(e.value().range());
      out.add(Symbol.leaf(e.key(), e.value().typeName(), e.value() instanceof TomlTable
          ? Symbol.Kind.NAMESPACE : Symbol.Kind.KEY, r, e.keyRange()));
    }
    return out;
  }
}
