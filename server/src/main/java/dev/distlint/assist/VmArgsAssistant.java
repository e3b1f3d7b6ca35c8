package dev.distlint.assist;

import dev.distlint.knowledge.AllowedValue;
import dev.distlint.knowledge.Context;
import dev.distlint.knowledge.Grammars;
import dev.distlint.knowledge.KeyHover;
import dev.distlint.knowledge.KeySpec;
import dev.distlint.knowledge.Snippet;
import dev.distlint.base.TextRange;
import dev.distlint.base.FileKind;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * vm.args: flags and their values, {@code -kernel} parameters and their values, EEx assigns;
 * hover on flags, parameters and values. Reads the cursor's line only, so any text works.
 */
final class VmArgsAssistant implements Assistant {
  private static final Pattern TICKTIME = Pattern.compile("-kernel\\s+net_ticktime\\s+(\\d+)");
  private static final Pattern INTENSITY =
      Pattern.compile("-kernel\\s+net_tickintensity\\s+(\\d+)");
  private static final String RELEASE_NAME = "<%= @release.name %>";
  /** Insertions for flags whose argument has a usual shape. */
  private static final Map<String, String> FLAG_SNIPPETS = Map.of(
      "-name", "-name " + RELEASE_NAME + "@${1:127.0.0.1}",
      "-sname", "-sname " + RELEASE_NAME,
      "-setcookie", "-setcookie ${1:cookie}",
      "-ssl_dist_optfile", "-ssl_dist_optfile ${1:/etc/app/ssl_dist.conf}",
      "-erl_epmd_port", "-erl_epmd_port ${1:9100}",
      "-kernel", "-kernel ");

  private final Grammars grammars = Grammars.load();

  @Override
  public List<Suggestion> complete(ParsedFile file, int offset, Workspace ws) {
    if (file.kind() != FileKind.VMARGS) {
      return List.of();
    }
    String text = file.text();
    LineContext line = LineContext.at(text, offset);
    int ws0 = offset;
    while (ws0 > line.lineStart() && !Character.isWhitespace(text.charAt(ws0 - 1))) {
      ws0--;
    }
    TextRange word = new TextRange(ws0, offset);
    String typed = text.substring(ws0, offset);
    String before = text.substring(line.lineStart(), ws0).strip();
    if (before.startsWith("#")) {
      return List.of();
    }
    List<String> prev = before.isEmpty() ? List.of() : Arrays.asList(before.split("\\s+"));
    List<Suggestion> out = new ArrayList<>();
    if (typed.startsWith("<") || typed.startsWith("@") || typed.contains("@<")) {
      eex(typed, word, out);
      return out;
    }
    if (prev.isEmpty()) {
      flags(word, out);
    } else if (prev.size() == 1 && prev.get(0).equals("-kernel")) {
      grammars.context(Grammars.KERNEL, Grammars.KERNEL).ifPresent(ctx -> {
        for (KeySpec k : ctx.keys()) {
          out.add(Suggest.key(ctx, k, k.name() + " ", false, word, Suggestion.Kind.KEY));
        }
      });
    } else if (prev.size() == 2 && prev.get(0).equals("-kernel")) {
      grammars.kernelParam(prev.get(1)).ifPresent(k -> values(k, word, out));
    } else if (prev.size() == 1) {
      grammars.vmFlag(prev.get(0)).ifPresent(k -> values(k, word, out));
      if (prev.get(0).equals("-name") || prev.get(0).equals("-sname")) {
        eex("<", word, out);
      }
    }
    return out;
  }

  private void flags(TextRange word, List<Suggestion> out) {
    grammars.context(Grammars.VMARGS, "flags").ifPresent(ctx -> {
      for (KeySpec k : ctx.keys()) {
        String insert = FLAG_SNIPPETS.get(k.name());
        boolean snippet = insert != null || !k.values().isEmpty();
        if (insert == null) {
          insert = k.values().isEmpty() ? k.name() + (k.types().contains("any") ? "" : " ")
              : k.name() + " ${1|" + String.join(",", k.values().stream()
                  .map(v -> Suggest.plain(v.value())).toList()) + "|}";
        }
        Suggestion s = Suggest.key(ctx, k, insert, snippet, word, Suggestion.Kind.FLAG);
        String sort = (k.name().startsWith("+") ? "2" : "1") + s.sortKey();
        out.add(new Suggestion(s.label(), s.kind(), s.detail(), s.documentation(), s.insertText(),
            s.snippet(), s.replace(), sort));
      }
    });
    grammars.context(Grammars.KERNEL, Grammars.KERNEL).ifPresent(ctx -> {
      for (Snippet sn : ctx.snippets()) {
        if (sn.file().equals("vm.args")) {
          out.add(new Suggestion(sn.label(), Suggestion.Kind.SNIPPET, "distlint snippet",
              ctx.doc(), sn.body().stripTrailing(), true, word, "0" + sn.label()));
        }
      }
    });
  }

  private static void values(KeySpec k, TextRange word, List<Suggestion> out) {
    int order = 0;
    for (AllowedValue v : k.values()) {
      out.add(Suggest.value(k, v, Suggest.plain(v.value()), word, order++));
    }
    if (k.values().isEmpty() && k.types().contains("boolean")) {
      for (String b : List.of("true", "false")) {
        out.add(Suggest.value(k, new AllowedValue(b, null), b, word, order++));
      }
    }
  }

  private void eex(String typed, TextRange word, List<Suggestion> out) {
    boolean bare = typed.startsWith("@");
    grammars.context(Grammars.VMARGS, "eex").ifPresent(ctx -> {
      for (KeySpec k : ctx.keys()) {
        String insert = bare ? k.name() : "<%= " + k.name() + " %>";
        out.add(new Suggestion(insert, Suggestion.Kind.VARIABLE, "EEx assign",
            KeyHover.markdown(ctx, k), insert, false, word, "0" + k.name()));
      }
    });
  }

  @Override
  public Optional<HoverInfo> hover(ParsedFile file, int offset, Workspace ws) {
    if (file.kind() != FileKind.VMARGS) {
      return Optional.empty();
    }
    String text = file.text();
    int s = offset;
    int e = offset;
    while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
      s--;
    }
    while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
      e++;
    }
    if (s >= e) {
      return Optional.empty();
    }
    String token = text.substring(s, e);
    TextRange range = new TextRange(s, e);
    LineContext line = LineContext.at(text, s);
    String before = line.before().strip();
    if (before.startsWith("#")) {
      return Optional.empty();
    }
    List<String> prev = before.isEmpty() ? List.of() : Arrays.asList(before.split("\\s+"));
    if (token.contains("@release.")) {
      String assign = token.contains("@release.version") ? "@release.version" : "@release.name";
      return grammars.key(Grammars.VMARGS, "eex", assign).map(k -> new HoverInfo(range,
          KeyHover.markdown(grammars.context(Grammars.VMARGS, "eex").orElse(null), k)));
    }
    Optional<Context> kernel = grammars.context(Grammars.KERNEL, Grammars.KERNEL);
    if (prev.size() == 1 && prev.get(0).equals("-kernel")) {
      return grammars.kernelParam(token).map(k -> new HoverInfo(range,
          kernelExtra(text, k) + KeyHover.markdown(kernel.orElse(null), k)));
    }
    Optional<Context> flags = grammars.context(Grammars.VMARGS, "flags");
    if (prev.isEmpty()) {
      return grammars.vmFlag(token).map(k -> new HoverInfo(range,
          KeyHover.markdown(flags.orElse(null), k)));
    }
    Optional<KeySpec> owner = prev.size() == 2 && prev.get(0).equals("-kernel")
        ? grammars.kernelParam(prev.get(1)) : prev.size() == 1 ? grammars.vmFlag(prev.get(0))
        : Optional.empty();
    Context ownerCtx = prev.get(0).equals("-kernel") ? kernel.orElse(null) : flags.orElse(null);
    return owner.map(k -> new HoverInfo(range, valueMarkdown(text, ownerCtx, k, token)));
  }

  private static String valueMarkdown(String text, Context ctx, KeySpec k, String token) {
    String md = kernelExtra(text, k) + KeyHover.markdown(ctx, k);
    for (AllowedValue v : k.values()) {
      if (Suggest.plain(v.value()).equals(token) && v.doc() != null) {
        return "`" + token + "`: " + v.doc().strip() + "\n\n---\n\n" + md;
      }
    }
    return md;
  }

  private static String kernelExtra(String text, KeySpec k) {
    if (!k.name().equals("net_ticktime") && !k.name().equals("net_tickintensity")) {
      return "";
    }
    long t = HoverExtras.find(TICKTIME, text);
    long i = HoverExtras.find(INTENSITY, text);
    return HoverExtras.tickWindow(t > 0 ? t : HoverExtras.DEFAULT_TICKTIME,
        i > 0 ? i : HoverExtras.DEFAULT_INTENSITY, i > 0) + "\n\n";
  }
}
