package dev.distlint.assist;

import dev.distlint.knowledge.AllowedValue;
import dev.distlint.knowledge.Context;
import dev.distlint.knowledge.Dialect;
import dev.distlint.knowledge.Grammars;
import dev.distlint.knowledge.KeyHover;
import dev.distlint.knowledge.KeySpec;
import dev.distlint.knowledge.Snippet;
import dev.distlint.knowledge.StrategySpec;
import dev.distlint.base.TextRange;
import dev.distlint.base.FileKind;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * env.sh(.eex): {@code export NAME=} for the release and platform variables, their values,
 * {@code RELEASE_NODE} lines per discovery mode (taken from the strategies' {@code env_sh} in the
 * libcluster grammar) and the release snippets (Kubernetes, Fly.io); hover on variable names,
 * including {@code $NAME} references, and on values.
 */
final class EnvShAssistant implements Assistant {
  private static final Pattern STATEMENT_START = Pattern.compile("^\\s*(export\\s+)?$");
  private static final Pattern ASSIGNMENT =
      Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)=\"?$");
  /** Variables a clustered release usually sets, offered first. */
  private static final Set<String> FIRST = Set.of("RELEASE_DISTRIBUTION", "RELEASE_NODE",
      "RELEASE_COOKIE", "ERL_AFLAGS", "ELIXIR_ERL_OPTIONS", "POD_A_RECORD", "CLUSTER_DOMAIN",
      "DNS_CLUSTER_QUERY", "RELEASE_VM_ARGS");
  /** Variables set by the platform or the start script, which env.sh reads rather than sets. */
  private static final Set<String> READ_ONLY_CONTEXTS = Set.of("fly");
  static final String COOKIE_CAUTION = "**Caution:** env.sh is usually committed, so a cookie"
      + " written here is a secret in version control. Read it from a secret the platform"
      + " injects (Kubernetes Secret, `fly secrets set RELEASE_COOKIE=...`) instead of assigning"
      + " a literal.";

  private final Grammars grammars = Grammars.load();

  @Override
  public List<Suggestion> complete(ParsedFile file, int offset, Workspace ws) {
    if (file.kind() != FileKind.ENVSH) {
      return List.of();
    }
    String text = file.text();
    LineContext line = LineContext.at(text, offset);
    int ws0 = offset;
    while (ws0 > line.lineStart() && isNameChar(text.charAt(ws0 - 1))) {
      ws0--;
    }
    TextRange word = new TextRange(ws0, offset);
    String before = text.substring(line.lineStart(), ws0);
    List<Suggestion> out = new ArrayList<>();
    Matcher assign = ASSIGNMENT.matcher(before);
    if (assign.matches()) {
      values(assign.group(1), word, out);
      return out;
    }
    if (!STATEMENT_START.matcher(before).matches()) {
      return out;
    }
    boolean exportTyped = !before.isBlank();
    int lineStart = line.lineStart() + line.indent();
    TextRange wholeStatement = new TextRange(lineStart, offset);
    String indent = before.substring(0, line.indent());
    for (Context ctx : contexts()) {
      for (KeySpec k : ctx.keys()) {
        if (READ_ONLY_CONTEXTS.contains(ctx.id()) || k.doc().contains("Read-only")) {
          continue;
        }
        out.add(variable(ctx, k, exportTyped, word));
      }
      for (Snippet sn : ctx.snippets()) {
        if (sn.file().equals("env.sh")) {
          out.add(block(sn.label(), ctx.doc(), sn.body(), indent, wholeStatement));
        }
      }
    }
    releaseNodeLines(indent, wholeStatement, out);
    return out;
  }

  private List<Context> contexts() {
    return grammars.dialect(Grammars.RELEASE_ENV).map(Dialect::contexts).orElse(List.of());
  }

  private Suggestion variable(Context ctx, KeySpec k, boolean exportTyped, TextRange word) {
    String name = k.name();
    String prefix = exportTyped ? "" : "export ";
    String insert;
    if (!k.values().isEmpty()) {
      insert = prefix + name + "=${1|" + String.join(",", k.values().stream()
          .map(v -> Suggest.plain(v.value())).toList()) + "|}";
    } else if (name.equals("RELEASE_COOKIE")) {
      insert = prefix + name + "=\"\\$(cat ${1:/run/secrets/release_cookie})\"";
    } else if (name.equals("ERL_AFLAGS") || name.equals("ELIXIR_ERL_OPTIONS")) {
      insert = prefix + name + "=\"${1:-proto_dist inet6_tcp}\"";
    } else if (name.equals("POD_A_RECORD")) {
      insert = prefix + name + "=\\$(echo \\$POD_IP | sed 's/\\./-/g')";
    } else {
      insert = prefix + name + "=$0";
    }
    String doc = KeyHover.markdown(ctx, k);
    if (name.equals("RELEASE_COOKIE")) {
      doc = COOKIE_CAUTION + "\n\n" + doc;
    }
    String detail = Suggest.detail(k) + (name.equals("RELEASE_COOKIE") ? " — secret" : "");
    return new Suggestion(name, Suggestion.Kind.VARIABLE, detail, doc, insert, true, word,
        (FIRST.contains(name) ? "1a" : "1m") + name);
  }

  private static Suggestion block(String label, String doc, String body, String indent,
      TextRange replace) {
    return new Suggestion(label, Suggestion.Kind.SNIPPET, "distlint snippet", doc,
        Snippets.indent(body, indent), true, replace, "0" + label);
  }

  /** One snippet per node-name format, from the Kubernetes strategy's env.sh lines. */
  private void releaseNodeLines(String indent, TextRange replace, List<Suggestion> out) {
    Optional<StrategySpec> k8s = grammars.libclusterStrategy("Cluster.Strategy.Kubernetes");
    if (k8s.isEmpty() || k8s.get().envSh() == null) {
      return;
    }
    String title = null;
    StringBuilder body = new StringBuilder();
    for (String l : (k8s.get().envSh() + "\n# end").lines().toList()) {
      if (l.startsWith("#")) {
        if (title != null && body.length() > 0) {
          String label = "RELEASE_NODE for " + title;
          out.add(block(label, "Node name in the form libcluster's Kubernetes strategy generates"
              + " in " + title + ".\n\nNode names: " + k8s.get().nodeName(),
              body.toString().stripTrailing(), indent, replace));
        }
        title = l.substring(1).strip();
        body.setLength(0);
      } else if (!l.isBlank()) {
        body.append(l.replace("$", "\\$")).append('\n');
      }
    }
  }

  private void values(String name, TextRange word, List<Suggestion> out) {
    Optional<KeySpec> spec = grammars.releaseEnv(name);
    if (spec.isEmpty()) {
      return;
    }
    KeySpec k = spec.get();
    int order = 0;
    for (AllowedValue v : k.values()) {
      out.add(Suggest.value(k, v, Suggest.plain(v.value()), word, order++));
    }
    if (name.equals("RELEASE_NODE")) {
      for (String host : List.of("${POD_IP}", "$(hostname -f)",
          "${POD_A_RECORD}.${NAMESPACE}.pod.${CLUSTER_DOMAIN}", "${FLY_PRIVATE_IP}")) {
        String v = "<%= @release.name %>@" + host;
        out.add(new Suggestion(v, Suggestion.Kind.VALUE, "RELEASE_NODE value", k.doc(),
            v.replace("$", "\\$"), true, word, String.format("0%03d", order++)));
      }
    }
  }

  @Override
  public Optional<HoverInfo> hover(ParsedFile file, int offset, Workspace ws) {
    if (file.kind() != FileKind.ENVSH) {
      return Optional.empty();
    }
    String text = file.text();
    int s = offset;
    int e = offset;
    while (s > 0 && isNameChar(text.charAt(s - 1))) {
      s--;
    }
    while (e < text.length() && isNameChar(text.charAt(e))) {
      e++;
    }
    if (s >= e) {
      return Optional.empty();
    }
    String token = text.substring(s, e);
    TextRange range = new TextRange(s, e);
    Optional<KeySpec> key = grammars.releaseEnv(token);
    if (key.isPresent()) {
      Context ctx = grammars.releaseEnvContext(token).orElse(null);
      String md = KeyHover.markdown(ctx, key.get());
      return Optional.of(new HoverInfo(range,
          token.equals("RELEASE_COOKIE") ? COOKIE_CAUTION + "\n\n" + md : md));
    }
    Matcher assign = ASSIGNMENT.matcher(text.substring(LineContext.at(text, s).lineStart(), s));
    if (assign.matches()) {
      String name = assign.group(1);
      return grammars.releaseEnv(name).flatMap(k -> k.values().stream()
          .filter(v -> Suggest.plain(v.value()).equals(token) && v.doc() != null).findFirst()
          .map(v -> new HoverInfo(range, "`" + token + "`: " + v.doc().strip() + "\n\n---\n\n"
              + KeyHover.markdown(grammars.releaseEnvContext(name).orElse(null), k))));
    }
    return Optional.empty();
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
