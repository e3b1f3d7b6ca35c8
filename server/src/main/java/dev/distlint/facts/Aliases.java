package dev.distlint.facts;

import dev.distlint.syntax.elixir.ElixirFile;
import dev.distlint.syntax.elixir.ExAlias;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExWalker;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code alias} directives of a file ({@code alias A.B}, {@code alias A.B, as: C},
 * {@code alias A.{B, C}}), so that {@code strategy: Kubernetes.DNS} after
 * {@code alias Cluster.Strategy.Kubernetes} reads as the full module name.
 */
final class Aliases {
  private final Map<String, String> byShortName = new HashMap<>();

  Aliases(ElixirFile file) {
    for (ExCall c : ExWalker.calls(file, "alias")) {
      if (c.receiver() != null || c.args().isEmpty()) {
        continue;
      }
      ExNode target = c.args().get(0);
      if (target instanceof ExAlias a) {
        String as = c.keywordArgs().flatMap(k -> k.keywordValue("as"))
            .flatMap(ExNode::asAliasName).orElse(lastSegment(a.canonicalName()));
        byShortName.put(as, a.canonicalName());
      } else if (target instanceof ExCall multi && multi.name().equals("{}")
          && multi.receiver() instanceof ExAlias base) {
        for (ExNode n : multi.args()) {
          if (n instanceof ExAlias member) {
            byShortName.put(lastSegment(member.name()),
                base.canonicalName() + "." + member.name());
          }
        }
      }
    }
  }

  /** The full module name of {@code name} as written in this file, without {@code Elixir.}. */
  String resolve(String name) {
    String canonical = name.startsWith("Elixir.") ? name.substring("Elixir.".length()) : name;
    int dot = canonical.indexOf('.');
    String first = dot < 0 ? canonical : canonical.substring(0, dot);
    String full = byShortName.get(first);
    if (full == null || name.startsWith("Elixir.")) {
      return canonical;
    }
    return dot < 0 ? full : full + canonical.substring(dot);
  }

  private static String lastSegment(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
