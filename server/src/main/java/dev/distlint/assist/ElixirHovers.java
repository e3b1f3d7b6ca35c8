package dev.distlint.assist;

import dev.distlint.assist.ElixirPlaces.Kind;
import dev.distlint.assist.ElixirPlaces.Place;
import dev.distlint.base.TextRange;
import dev.distlint.documents.ParsedFile;
import dev.distlint.knowledge.AllowedValue;
import dev.distlint.knowledge.Context;
import dev.distlint.knowledge.Grammars;
import dev.distlint.knowledge.KeyHover;
import dev.distlint.knowledge.KeySpec;
import dev.distlint.knowledge.NotKey;
import dev.distlint.knowledge.StrategySpec;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.ExWalker;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Hover in Elixir files: the grammar's Markdown for the key, value or module under the cursor,
 * found through the same tolerant scan as completion, plus computed numbers (the net tick
 * detection window, a member list's quorum, milliseconds in seconds).
 */
final class ElixirHovers {
  private static final Pattern TICKTIME = Pattern.compile("net_ticktime:\\s*(\\d[\\d_]*)");
  private static final Pattern INTENSITY = Pattern.compile("net_tickintensity:\\s*(\\d[\\d_]*)");

  private final Grammars grammars;
  private final ElixirPlaces places;

  ElixirHovers(Grammars grammars, ElixirPlaces places) {
    this.grammars = grammars;
    this.places = places;
  }

  Optional<HoverInfo> hover(ParsedFile file, int offset) {
    String text = file.text();
    Optional<HoverInfo> members = memberList(file, offset);
    if (members.isPresent()) {
      return members;
    }
    int s = offset;
    int e = offset;
    while (s > 0 && ElixirScan.isWordChar(text.charAt(s - 1))) {
      s--;
    }
    while (e < text.length() && ElixirScan.isWordChar(text.charAt(e))) {
      e++;
    }
    while (e > s && text.charAt(e - 1) == '.') {
      e--;
    }
    if (s >= e) {
      return Optional.empty();
    }
    boolean atom = s > 0 && text.charAt(s - 1) == ':' && (s < 2
        || !ElixirScan.isIdentChar(text.charAt(s - 2)));
    int start = atom ? s - 1 : s;
    String token = text.substring(start, e);
    TextRange range = new TextRange(start, e);
    boolean isKey = !atom && e < text.length() && text.charAt(e) == ':'
        && (e + 1 >= text.length() || Character.isWhitespace(text.charAt(e + 1)));
    ElixirScan.Cursor before = ElixirScan.before(text, start);
    Place place = places.resolve(before.frame());
    if (isKey) {
      return keyHover(file, place, token, e + 1).map(md -> new HoverInfo(range, md));
    }
    if (Character.isUpperCase(token.charAt(0))) {
      Optional<String> md = moduleHover(token);
      if (md.isPresent()) {
        return md.map(m -> new HoverInfo(range, m));
      }
    }
    String key = before.valueKey();
    if (key != null && place.kind() == Kind.KEYS) {
      return place.context().key(key).map(k -> valueHover(place.context(), k, token))
          .map(md -> new HoverInfo(range, md));
    }
    return Optional.empty();
  }

  private Optional<String> keyHover(ParsedFile file, Place place, String name, int valueAt) {
    if (place.kind() != Kind.KEYS) {
      return Optional.empty();
    }
    Context ctx = place.context();
    Optional<KeySpec> key = ctx.key(name);
    if (key.isEmpty()) {
      return ctx.notKey(name).map(n -> KeyHover.markdown(ctx, n));
    }
    KeySpec k = key.get();
    String md = KeyHover.markdown(ctx, k);
    String extra = extras(file.text(), ctx, k, valueAt);
    return Optional.of(extra == null ? md : extra + "\n\n" + md);
  }

  /** Computed numbers for a key whose value follows at {@code valueAt}. */
  private static String extras(String text, Context ctx, KeySpec k, int valueAt) {
    long value = HoverExtras.leadingInteger(text.substring(Math.min(valueAt, text.length()),
        Math.min(text.length(), valueAt + 40)));
    if (ctx.dialect().equals(Grammars.KERNEL)
        && (k.name().equals("net_ticktime") || k.name().equals("net_tickintensity"))) {
      long intensity = HoverExtras.find(INTENSITY, text);
      long ticktime = HoverExtras.find(TICKTIME, text);
      return HoverExtras.tickWindow(ticktime > 0 ? ticktime : HoverExtras.DEFAULT_TICKTIME,
          intensity > 0 ? intensity : HoverExtras.DEFAULT_INTENSITY, intensity > 0);
    }
    if ("ms".equals(k.unit()) && value >= 0) {
      return HoverExtras.seconds(value);
    }
    return null;
  }

  private Optional<String> moduleHover(String module) {
    Optional<StrategySpec> strategy = grammars.libclusterStrategy(module);
    if (strategy.isPresent()) {
      return Optional.of(strategyMarkdown(strategy.get()));
    }
    for (String ctx : new String[] {"plugins", "peers"}) {
      Optional<KeySpec> k = grammars.key("oban", ctx, module);
      if (k.isPresent()) {
        return Optional.of(KeyHover.markdown(grammars.context("oban", ctx).orElse(null), k.get()));
      }
    }
    return places.moduleContext(module).map(ElixirHovers::contextMarkdown);
  }

  private static String valueHover(Context ctx, KeySpec k, String written) {
    String plain = Suggest.plain(written);
    for (AllowedValue v : k.values()) {
      if (Suggest.plain(v.value()).equals(plain) && v.doc() != null) {
        return "`" + written + "`: " + v.doc().strip() + "\n\n---\n\n" + KeyHover.markdown(ctx, k);
      }
    }
    return KeyHover.markdown(ctx, k);
  }

  static String strategyMarkdown(StrategySpec s) {
    Context c = s.context();
    StringBuilder md = new StringBuilder("**`").append(s.module()).append("`**");
    if (!s.isCore()) {
      md.append(" — from the `").append(s.packageName())
          .append("` package, which must be a dependency in mix.exs");
    }
    md.append("\n\n").append(c.doc() == null ? "" : c.doc().strip()).append("\n\n");
    md.append("- Required keys: ").append(s.requiredKeys().isEmpty() ? "none"
        : String.join(", ", s.requiredKeys().stream().map(k -> "`" + k + "`").toList()))
        .append('\n');
    if (s.nodeName() != null) {
      md.append("- Node names: ").append(s.nodeName()).append('\n');
    }
    if (s.envSh() != null && !s.envSh().isBlank()) {
      md.append("\nrel/env.sh.eex:\n\n```sh\n").append(s.envSh().strip()).append("\n```\n");
    }
    if (c.source() != null) {
      md.append("\nSource: ").append(c.source().label());
    }
    return md.toString().strip();
  }

  static String contextMarkdown(Context c) {
    StringBuilder md = new StringBuilder("**").append(c.title()).append("**\n\n");
    if (c.doc() != null) {
      md.append(c.doc().strip()).append("\n\n");
    }
    md.append("Keys: ").append(String.join(", ", c.keyNames().stream()
        .map(k -> "`" + k + "`").toList()));
    if (c.source() != null) {
      md.append("\n\nSource: ").append(c.source().label());
    }
    return md.toString();
  }

  /**
   * A literal member list under the cursor: the value of {@code members:} or the server list of
   * {@code :ra.start_cluster}; shows the quorum arithmetic.
   */
  static Optional<HoverInfo> memberList(ParsedFile file, int offset) {
    ExNode[] found = new ExNode[2];
    ExWalker.walk(ElixirViews.ast(file), (node, path) -> {
      if (!node.range().contains(offset) && node.range().end() != offset) {
        return false;
      }
      if (node instanceof ExPair p && "members".equals(p.keyName()) && p.value() instanceof ExList l
          && (p.keyRange().contains(offset) || l.range().contains(offset))) {
        found[0] = l;
        found[1] = p;
      } else if (node instanceof ExCall c && isStartCluster(c)) {
        for (ExNode a : c.args()) {
          if (a instanceof ExList l && (l.range().contains(offset)
              || c.nameRange().contains(offset))) {
            found[0] = l;
            found[1] = c;
          }
        }
      }
      return true;
    });
    if (found[0] == null) {
      return Optional.empty();
    }
    int n = ((ExList) found[0]).items().size();
    String subject = found[1] instanceof ExCall ? "Raft cluster members" : "Static members";
    String md = "**" + subject + "**\n\n" + HoverExtras.quorum(n)
        + "\n\nA majority must be reachable for the group to make progress; the minority side"
        + " of a partition becomes unavailable.";
    TextRange r = found[1] instanceof ExPair p ? TextRange.of(p.keyRange().start(),
        found[0].range().end()) : found[0].range();
    return Optional.of(new HoverInfo(r, md));
  }

  private static boolean isStartCluster(ExCall c) {
    String name = c.name();
    return name.equals(":ra.start_cluster") || name.equals(":ra.start_or_restart_cluster");
  }
}
