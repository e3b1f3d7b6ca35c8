package dev.distlint.rules.migrations;

import dev.distlint.facts.workloads.MultiNode;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.k8s.Container;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.envsh.EnvCommand;
import dev.distlint.syntax.yaml.YNode;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.syntax.yaml.YSeq;
import java.util.regex.Pattern;

/** Database migrations run by every node as it starts, while several nodes start together. */
public final class MigrationsAtBoot implements Rule {
  private static final Pattern MIGRATE = Pattern.compile("(?i)migrat");
  private static final Pattern START = Pattern.compile("\\b(start|start_iex|daemon)\\b");
  private static final String ADVICE = " Run migrations once per deploy instead: a Job, Fly's "
      + "release_command, or a CI step.";

  @Override
  public String id() {
    return "migrations-at-boot";
  }

  @Override
  public void check(RuleContext ctx) {
    for (EnvCommand c : ctx.file().view(ReleaseViews.ENV_SH).commands()) {
      if (c.appliesToStart() && isMigration(" " + String.join(" ", c.words()) + " ")) {
        String many = MultiNode.evidence(ctx.workspace());
        if (many != null) {
          ctx.report(c.range(), "env.sh runs a migration every time a node starts, and " + many
              + ": nodes that start together race on the migrations." + ADVICE);
        }
      }
    }
    for (KubeObject o : KubeObjects.of(ctx.file())) {
      Long replicas = o.isWorkload() ? o.replicas() : null;
      if (replicas == null || replicas < 2) {
        continue;
      }
      for (Container c : o.containers()) {
        for (String key : new String[] {"command", "args"}) {
          YNode n = c.node().get(key);
          String text = words(n);
          if (text != null && isMigration(text) && START.matcher(text).find()) {
            ctx.report(o.range(n), "Container '" + c.name() + "' of " + o.kind() + " '"
                + o.name() + "' migrates before it starts, on each of its " + replicas
                + " replicas: they race on the migrations." + ADVICE);
          }
        }
      }
    }
  }

  private static boolean isMigration(String text) {
    return MIGRATE.matcher(text).find() && (text.contains(" eval ") || text.contains(" rpc ")
        || text.contains("bin/migrate"));
  }

  private static String words(YNode n) {
    if (n instanceof YScalar s) {
      return " " + s.value() + " ";
    }
    if (n instanceof YSeq seq) {
      StringBuilder sb = new StringBuilder(" ");
      for (YNode item : seq.items()) {
        if (item instanceof YScalar s) {
          sb.append(s.value()).append(' ');
        }
      }
      return sb.toString();
    }
    return null;
  }
}
