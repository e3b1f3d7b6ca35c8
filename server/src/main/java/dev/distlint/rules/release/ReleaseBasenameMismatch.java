package dev.distlint.rules.release;

import dev.distlint.facts.discovery.Strategies;
import dev.distlint.facts.discovery.Setup;
import dev.distlint.facts.discovery.NameTemplate;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.TextRange;
import dev.distlint.facts.Discovery;
import dev.distlint.facts.NodeNaming;
import dev.distlint.facts.Topology;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.List;
import java.util.Optional;

/** A topology looks for peers under a basename the release's nodes do not use. */
public final class ReleaseBasenameMismatch implements Rule {
  @Override
  public String id() {
    return "release-basename-mismatch";
  }

  @Override
  public void check(RuleContext ctx) {
    Workspace ws = ctx.workspace();
    List<Topology> mine = Discovery.topologies(ctx.file());
    if (mine.isEmpty() || !Setup.hasReleaseConfig(ws)) {
      return;
    }
    NodeNaming.Naming naming = NodeNaming.of(ws);
    NameTemplate own = ownBasename(naming);
    if (own == null) {
      return;
    }
    for (Topology t : mine) {
      if (t.strategy() == null || t.devOrTestOnly()) {
        continue;
      }
      Optional<String> key = Strategies.basenameKey(t);
      Optional<ExPair> pair = key.flatMap(t::configPair);
      NameTemplate configured = pair.map(p -> NameTemplate.ofConfig(p.value())).orElse(null);
      NameTemplate compared = configured != null && configured.literal() != null
          ? resolved(naming, own) : own;
      if (configured != null && configured.neverEquals(compared)) {
        report(ctx, naming, t, key.get(), pair.get(), configured, compared);
      }
    }
  }

  private static void report(RuleContext ctx, NodeNaming.Naming naming, Topology t, String key,
      ExPair pair, NameTemplate configured, NameTemplate own) {
    String ownText = naming.node() == null || own.literal() != null ? own.literal()
        : naming.basename();
    var report = ctx.at(pair.range(), key + " " + configured.display() + " differs from the node"
        + " basename " + ownText + (naming.node() == null ? " (the release name)" : "")
        + ": the " + Strategies.shortName(t) + " topology '" + t.name() + "' looks for peers"
        + " named " + configured.display() + "@<address>, which no node answers to.");
    if (naming.node() != null) {
      report.related(naming.node().path(), naming.node().range(), "the node name: " + naming.example());
    } else {
      ParsedFile anchor = Setup.envSh(ctx.workspace()) != null ? Setup.envSh(ctx.workspace())
          : Setup.nodeVmArgs(ctx.workspace()).get(0);
      report.related(anchor.path(), TextRange.at(0), "RELEASE_NODE is not set: nodes are named "
          + own.literal() + "@<host>");
    }
    if (configured.literal() != null && own.literal() != null
        && pair.value().asStringValue().isPresent()) {
      report.fix(new Fix("Use the node basename \"" + own.literal() + "\"", List.of(
          new Fix.FileEdit(t.path(), pair.value().range(), quote(own.literal()))), false));
    }
    report.emit();
  }

  /** The basename the release's nodes use, or null when it cannot be read. */
  private static NameTemplate ownBasename(NodeNaming.Naming naming) {
    if (naming.node() != null) {
      String base = naming.basename();
      return base == null || base.isEmpty() ? null : NameTemplate.ofShell(base);
    }
    return naming.releaseName() == null ? null
        : NameTemplate.ofShell(naming.releaseName());
  }

  /**
   * The node basename with platform variables filled in from their known values, to compare with
   * a literal discovery basename ({@code $FLY_APP_NAME} against fly.toml's {@code app}).
   */
  private static NameTemplate resolved(NodeNaming.Naming naming, NameTemplate own) {
    String base = naming.node() == null ? null : naming.resolvedBasename();
    return base == null || base.isEmpty() ? own : NameTemplate.ofShell(base);
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("#{", "\\#{") + "\"";
  }
}
