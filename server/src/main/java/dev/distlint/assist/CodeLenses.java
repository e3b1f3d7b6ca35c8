package dev.distlint.assist;

import dev.distlint.base.TextRange;
import dev.distlint.facts.Discovery;
import dev.distlint.facts.NodeNaming;
import dev.distlint.facts.Topology;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;

/** A line of text above each libcluster topology summarising what it resolves to. */
public final class CodeLenses {
  private CodeLenses() {
  }

  /** One lens: the range it sits on and its title. */
  public record Lens(TextRange range, String title) {
  }

  public static List<Lens> of(ParsedFile f, Workspace ws) {
    List<Lens> out = new ArrayList<>();
    if (f.kind() == dev.distlint.base.FileKind.MIX) {
      var deps = f.view(dev.distlint.model.elixir.ElixirViews.MIX).deps();
      if (!deps.isEmpty()) {
        var level = dev.distlint.facts.EscalationLevel.detect(ws, 0);
        out.add(new Lens(deps.get(0).range(), "Escalation level " + level.level() + ": "
            + level.name() + " (" + String.join("; ", level.evidence()).replace("`", "") + ")"));
      }
    }
    NodeNaming.Naming naming = NodeNaming.of(ws);
    for (Topology t : Discovery.topologies(f)) {
      out.add(new Lens(t.anchor(), summary(t, naming)));
    }
    return out;
  }

  static String summary(Topology t, NodeNaming.Naming naming) {
    String strategy = t.strategy() == null ? "no strategy" : t.strategy().replace("Cluster.Strategy.", "");
    StringBuilder sb = new StringBuilder("libcluster ").append(strategy);
    String source = switch (t.strategy() == null ? "" : t.strategy()) {
      case "Cluster.Strategy.Kubernetes.DNS", "Cluster.Strategy.Kubernetes.DNSSRV" ->
          t.configString("service").map(s -> " via Service " + s).orElse("");
      case "Cluster.Strategy.Kubernetes" ->
          t.configString("kubernetes_selector").map(s -> " via pods matching " + s).orElse("");
      case "Cluster.Strategy.DNSPoll" -> t.configString("query").map(s -> " via DNS " + s).orElse("");
      default -> "";
    };
    sb.append(source);
    if (t.appliesTo("prod")) {
      sb.append(" · this node: ").append(naming.example());
    } else {
      // The release's env.sh names nodes only in a release; in dev and test the command line does.
      sb.append(" · nodes named on the command line (iex --sname)");
    }
    if (t.env() != null) {
      sb.append(" · ").append(t.env());
    }
    return sb.toString();
  }
}
