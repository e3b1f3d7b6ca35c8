package dev.distlint.rules.runtime;

import dev.distlint.facts.ReleaseBuilds;
import dev.distlint.facts.code.ConfigOverrides;
import dev.distlint.facts.code.EnvReads;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExBinary;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.ExVar;
import dev.distlint.syntax.elixir.ExWalker;
import dev.distlint.syntax.elixir.view.ConfigCall;
import dev.distlint.syntax.elixir.view.ConfigScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An environment variable read in a config script that is evaluated when the release is built
 * ({@code config/config.exs}, {@code config/prod.exs}, {@code config/staging.exs}...). Reads in
 * dev and test config, and in branches that only run in dev or test, run on the machine that uses
 * them and are not reported; neither are reads inside a condition the rule cannot place.
 */
public final class RuntimeEnvReadAtCompileTime implements Rule {
  private static final Set<String> DEV_TEST = Set.of("dev", "test");
  private static final Set<String> CONDITIONALS = Set.of("if", "unless", "case", "cond", "with");

  @Override
  public String id() {
    return "runtime-env-read-at-compile-time";
  }

  @Override
  public void check(RuleContext ctx) {
    ConfigScript script = ElixirViews.config(ctx.file());
    if (script.runtime() || DEV_TEST.contains(String.valueOf(script.fileEnv()))
        || !ReleaseBuilds.evident(ctx.workspace())) {
      return;
    }
    ExWalker.walk(ElixirViews.ast(ctx.file()), (node, path) -> {
      if (EnvReads.isRead(node) && builtIntoRelease(script, node, path)
          && !setAgainForProd(ctx, script, node, path)) {
        ExCall c = (ExCall) node;
        ctx.report(c.range(), c.name() + "(\"" + EnvReads.variable(c) + "\") in "
            + ctx.file().path() + " runs when the release is built, so the build machine's value"
            + " is frozen into it; read it in config/runtime.exs.");
        return false;
      }
      return true;
    });
  }

  /**
   * True when another config file sets the same key again for prod: config/runtime.exs when the
   * release boots, or config/prod.exs after config.exs. Config merges keyword lists deeply, so
   * the value read at build time never reaches a production node.
   */
  private static boolean setAgainForProd(RuleContext ctx, ConfigScript script, ExNode read,
      List<ExNode> path) {
    ConfigCall owner = owner(script, read);
    if (owner != null) {
      return setAgain(ctx, owner, keysTo(owner, read, path));
    }
    // a variable bound to the read (database_url = System.get_env(...)) and used in config
    // calls: quiet when production sets every key it is used for again
    String var = boundVariable(read, path);
    if (var == null) {
      return false;
    }
    boolean[] used = {false};
    boolean[] all = {true};
    for (ConfigCall c : script.calls()) {
      ExWalker.walk(c.call(), (n, ancestors) -> {
        if (n instanceof ExVar v && v.name().equals(var) && c.options().range().containsRange(
            v.range())) {
          used[0] = true;
          all[0] &= setAgain(ctx, c, keysTo(c, v, ancestors));
        }
        return all[0];
      });
    }
    return used[0] && all[0];
  }

  /** The name a top-level {@code name = <expression holding the read>} binds, or null. */
  private static String boundVariable(ExNode read, List<ExNode> path) {
    for (ExNode n : path) {
      if (n instanceof ExBinary b && b.op().equals("=") && b.left() instanceof ExVar v
          && b.right().range().containsRange(read.range())) {
        return v.name();
      }
    }
    return null;
  }

  /** The keys from a call's options down to {@code node} (the three-argument form's key first). */
  private static List<String> keysTo(ConfigCall owner, ExNode node, List<ExNode> path) {
    List<String> keys = new ArrayList<>();
    if (owner.key() != null) {
      keys.add(owner.key());
    }
    for (ExNode n : path) {
      if (n instanceof ExPair p && owner.range().containsRange(p.range()) && p.keyName() != null
          && p.range().containsRange(node.range())) {
        keys.add(p.keyName());
      }
    }
    return keys;
  }

  /** Whether another file sets {@code keys} of the call's application (and module) for prod. */
  private static boolean setAgain(RuleContext ctx, ConfigCall owner, List<String> keys) {
    if (keys.isEmpty()) {
      return false;
    }
    for (ConfigOverrides.Setting later
        : ConfigOverrides.forProd(ctx.workspace(), owner.app(), owner.module())) {
      if (!later.path().equals(ctx.file().path()) && ConfigOverrides.sets(later.call(), keys)) {
        return true;
      }
    }
    return false;
  }

  private static ConfigCall owner(ConfigScript script, ExNode read) {
    ConfigCall owner = null;
    for (ConfigCall c : script.calls()) {
      if (c.range().containsRange(read.range())
          && (owner == null || owner.range().containsRange(c.range()))) {
        owner = c;
      }
    }
    return owner;
  }

  private static boolean builtIntoRelease(ConfigScript script, ExNode read, List<ExNode> path) {
    ConfigCall owner = null;
    for (ConfigCall c : script.calls()) {
      if (c.range().containsRange(read.range())
          && (owner == null || owner.range().containsRange(c.range()))) {
        owner = c;
      }
    }
    if (owner != null) {
      return owner.appliesTo("prod") || !owner.appliesTo("dev") && !owner.appliesTo("test");
    }
    for (ExNode n : path) {
      if (n instanceof ExCall c && c.receiver() == null && CONDITIONALS.contains(c.name())) {
        return false;
      }
    }
    return true;
  }
}
