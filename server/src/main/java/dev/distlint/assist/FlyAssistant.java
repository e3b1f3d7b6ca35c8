package dev.distlint.assist;

import dev.distlint.knowledge.AllowedValue;
import dev.distlint.knowledge.Context;
import dev.distlint.knowledge.Dialect;
import dev.distlint.knowledge.KeyHover;
import dev.distlint.knowledge.KeySpec;
import dev.distlint.knowledge.Snippet;
import dev.distlint.knowledge.Grammars;
import dev.distlint.base.TextRange;
import dev.distlint.base.FileKind;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * fly.toml: the keys of the table the cursor is in, table headers, values, and the grammar's
 * snippets; hover on keys and table headers. The table comes from the last header line above the
 * cursor, so the file need not parse.
 */
final class FlyAssistant implements Assistant {
  private static final Pattern HEADER = Pattern.compile("(?m)^[ \\t]*(\\[\\[?[^\\]\\n]*\\]\\]?)");
  private static final Pattern KEY_EQ = Pattern.compile("^\\s*([A-Za-z0-9_-]+)\\s*=\\s*\"?$");
  /** Values worth proposing for keys that have no value list. */
  private static final Map<String, String> EXAMPLES = Map.of(
      "release_command", "\"${1:/app/bin/migrate}\"",
      "kill_timeout", "${1:30}",
      "kill_signal", "\"${1:SIGTERM}\"",
      "DNS_CLUSTER_QUERY", "\"${1:my-app}.internal\"");

  private final Grammars grammars = Grammars.load();

  @Override
  public List<Suggestion> complete(ParsedFile file, int offset, Workspace ws) {
    if (file.kind() != FileKind.FLY) {
      return List.of();
    }
    String text = file.text();
    LineContext line = LineContext.at(text, offset);
    int ws0 = offset;
    while (ws0 > line.lineStart() && isKeyChar(text.charAt(ws0 - 1))) {
      ws0--;
    }
    TextRange word = new TextRange(ws0, offset);
    String before = text.substring(line.lineStart(), ws0);
    List<Suggestion> out = new ArrayList<>();
    Context ctx = table(text, line.lineStart());
    Matcher eq = KEY_EQ.matcher(before);
    if (eq.matches() && ctx != null) {
      ctx.key(eq.group(1)).ifPresent(k -> values(k, word, before.endsWith("\""), out));
      return out;
    }
    if (!before.isBlank() && !before.strip().equals("[") && !before.strip().equals("[[")) {
      return out;
    }
    TextRange replace = before.isBlank() ? word
        : new TextRange(line.lineStart() + line.indent(), offset);
    if (before.isBlank() && ctx != null) {
      for (KeySpec k : ctx.keys()) {
        String value = EXAMPLES.getOrDefault(k.name(), k.types().contains("string") ? "\"$1\"" : "");
        out.add(Suggest.key(ctx, k, k.name() + " = " + value, true, word, Suggestion.Kind.KEY));
      }
    }
    for (Context c : contexts()) {
      if (c.path() != null && !c.path().isEmpty()) {
        out.add(new Suggestion(c.path(), Suggestion.Kind.KEY, "fly.toml table", c.doc(),
            c.path() + "\n", false, replace, "2" + c.path()));
      }
      for (Snippet sn : c.snippets()) {
        if (sn.file().equals("fly.toml")) {
          out.add(new Suggestion(sn.label(), Suggestion.Kind.SNIPPET, "distlint snippet",
              c.doc(), sn.body().stripTrailing(), true, replace, "3" + sn.label()));
        }
      }
    }
    return out;
  }

  private static void values(KeySpec k, TextRange word, boolean quoted, List<Suggestion> out) {
    int order = 0;
    boolean string = k.types().contains("string") && !quoted;
    for (AllowedValue v : k.values()) {
      String written = string ? "\"" + v.value() + "\"" : v.value();
      out.add(Suggest.value(k, v, written, word, order++));
    }
    if (k.values().isEmpty() && k.types().contains("boolean")) {
      for (String b : List.of("true", "false")) {
        out.add(Suggest.value(k, new AllowedValue(b, null), b, word, order++));
      }
    }
  }

  private List<Context> contexts() {
    return grammars.dialect("fly").map(Dialect::contexts).orElse(List.of());
  }

  /** The context of the last table header before {@code pos}; the top level when none. */
  private Context table(String text, int pos) {
    Matcher m = HEADER.matcher(text.substring(0, pos));
    String header = "";
    while (m.find()) {
      header = m.group(1).replaceAll("\\s+", "");
    }
    for (Context c : contexts()) {
      if (header.equals(c.path() == null ? "" : c.path().replaceAll("\\s+", ""))) {
        return c;
      }
    }
    return null;
  }

  @Override
  public Optional<HoverInfo> hover(ParsedFile file, int offset, Workspace ws) {
    if (file.kind() != FileKind.FLY) {
      return Optional.empty();
    }
    String text = file.text();
    int s = offset;
    int e = offset;
    while (s > 0 && isKeyChar(text.charAt(s - 1))) {
      s--;
    }
    while (e < text.length() && isKeyChar(text.charAt(e))) {
      e++;
    }
    if (s >= e) {
      return Optional.empty();
    }
    String token = text.substring(s, e);
    TextRange range = new TextRange(s, e);
    LineContext line = LineContext.at(text, s);
    String before = line.before();
    if (before.strip().startsWith("[")) {
      int close = text.indexOf(']', e);
      String header = text.substring(line.lineStart() + line.indent(),
          close < 0 ? e : Math.min(text.length(), close + (text.startsWith("]]", close) ? 2 : 1)))
          .replaceAll("\\s+", "");
      for (Context c : contexts()) {
        if (header.equals(c.path())) {
          return Optional.of(new HoverInfo(range, ElixirHovers.contextMarkdown(c)));
        }
      }
      return Optional.empty();
    }
    if (!before.isBlank()) {
      return Optional.empty();
    }
    Context ctx = table(text, line.lineStart());
    if (ctx == null) {
      return Optional.empty();
    }
    return ctx.key(token).map(k -> new HoverInfo(range, KeyHover.markdown(ctx, k)));
  }

  private static boolean isKeyChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }
}
