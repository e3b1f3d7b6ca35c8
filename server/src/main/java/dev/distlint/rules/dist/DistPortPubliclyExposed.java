package dev.distlint.rules.dist;

import dev.distlint.facts.workloads.ComposePorts;
import dev.distlint.lint.DocumentScoped;
import dev.distlint.lint.RuleContext;
import dev.distlint.facts.DistPorts;
import dev.distlint.base.FileKind;
import dev.distlint.base.Fix;
import dev.distlint.base.TextRange;
import dev.distlint.facts.DistPorts;
import dev.distlint.model.compose.ComposeFile;
import dev.distlint.model.compose.ComposeService;
import dev.distlint.model.k8s.Container;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.toml.TomlEntry;
import dev.distlint.syntax.toml.TomlTable;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.workspace.Workspace;
import java.util.Optional;
import java.util.List;

/** Erlang distribution ports (epmd 4369 or the listener range) reachable from outside. */
public final class DistPortPubliclyExposed implements DocumentScoped {
  @Override
  public String id() {
    return "dist-port-publicly-exposed";
  }

  @Override
  public void check(RuleContext ctx) {
    Workspace ws = ctx.workspace();
    for (KubeObject o : KubeObjects.of(ctx.file())) {
      String type = o.spec() == null ? null : o.spec().string("type");
      if (o.is("Service") && ("LoadBalancer".equals(type) || "NodePort".equals(type))) {
        for (YScalar p : o.servicePortValues()) {
          if (DistPorts.isDistribution(ws, p.asLong())) {
            ctx.report(o.range(p), "Service '" + o.name() + "' of type " + type
                + " exposes distribution port " + p.value() + " outside the cluster.");
          }
        }
      }
      for (Container c : o.containers()) {
        for (Container.Port port : c.ports()) {
          YScalar host = port.node().scalar("hostPort");
          if (host != null && host.asLong() != null && DistPorts.isDistribution(ws, host.asLong())) {
            ctx.report(o.range(host), "Container '" + c.name()
                + "' binds distribution port " + host.value() + " on the node's address.");
          }
        }
      }
    }
    flyServices(ctx);
    for (ComposeService s : ComposeFile.of(ctx.file())) {
      for (ComposePorts.Published p : ComposePorts.of(s)) {
        if (!p.loopbackOnly() && DistPorts.overlapsDistribution(ws, p.from(), p.to())) {
          var r = ctx.at(p.range(), "Service '" + s.name() + "' publishes distribution port"
              + (p.from() == p.to() ? " " + p.from() : "s " + p.from() + "-" + p.to())
              + " on all host interfaces; bind it to 127.0.0.1 or drop it.");
          loopbackFix(ctx.file(), p).ifPresent(r::fix);
          r.emit();
        }
      }
    }
  }

  /**
   * A fly.toml {@code [[services]]} block whose {@code internal_port} is a distribution port and
   * which has public {@code [[services.ports]]}: Fly's proxy forwards them from the app's public
   * addresses.
   */
  private static void flyServices(RuleContext ctx) {
    if (ctx.file().kind() != FileKind.FLY) {
      return;
    }
    for (TomlTable service : ctx.file().view(ReleaseViews.FLY).root().getArrayOfTables("services")) {
      Optional<TomlEntry> internal = service.entry("internal_port");
      Optional<Long> port = internal.flatMap(e -> e.value().asLong());
      if (port.isPresent() && DistPorts.isDistribution(ctx.workspace(), port.get())
          && !service.getArrayOfTables("ports").isEmpty()) {
        ctx.report(internal.get().value().range(), "Fly service on internal_port " + port.get()
            + " publishes a distribution port on the app's public addresses; nodes reach each"
            + " other over the private network without a service.");
      }
    }
  }

  /**
   * Binds a short-syntax mapping {@code "HOST:CONTAINER"} to the loopback interface by writing
   * {@code 127.0.0.1:} in front; other forms are left to the user.
   */
  private static java.util.Optional<Fix> loopbackFix(dev.distlint.documents.ParsedFile f,
      ComposePorts.Published p) {
    String written = f.slice(p.range());
    int start = p.range().start();
    String body = written;
    if (written.startsWith("\"") || written.startsWith("'")) {
      start++;
      body = written.substring(1);
    }
    if (p.hostIp() != null || body.startsWith("[") || body.split(":", -1).length != 2) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Fix("Publish on 127.0.0.1 only", List.of(
        new Fix.FileEdit(f.path(), TextRange.at(start), "127.0.0.1:")), true));
  }
}
