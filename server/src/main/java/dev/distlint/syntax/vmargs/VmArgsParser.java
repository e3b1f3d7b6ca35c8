package dev.distlint.syntax.vmargs;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.EexTags;
import dev.distlint.syntax.Lines;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads vm.args files ({@code rel/vm.args}, {@code rel/vm.args.eex},
 * {@code rel/remote.vm.args.eex}) and VM flag strings ({@code ERL_AFLAGS} and friends).
 *
 * <p>It follows what {@code erlexec} does with an args file: words are split at whitespace,
 * {@code #} starts a comment anywhere outside quotes (unless escaped), a backslash escapes the
 * next char, and quotes group words. EEx tags are opaque: inside a word they are part of it,
 * and a tag standing alone that writes no text ({@code <% if ... do %>}, {@code <% end %>})
 * is skipped but recorded. It never
 * throws, runs in linear time, and every range is an offset into the text it was given.
 */
public final class VmArgsParser {
  /** Flags of {@code erl} itself; any other {@code -flag} with arguments sets application params. */
  static final Set<String> ERL_FLAGS = Set.of(
      "-name", "-sname", "-setcookie", "-hidden", "-connect_all", "-proto_dist",
      "-ssl_dist_optfile", "-ssl_dist_opt", "-start_epmd", "-epmd_module", "-erl_epmd_port",
      "-no_epmd", "-dist_listen", "-env", "-boot", "-boot_var", "-config", "-configfd",
      "-args_file", "-mode", "-heart", "-noshell", "-noinput", "-detached", "-pa", "-pz", "-path",
      "-s", "-S", "-run", "-eval", "-extra", "-code_path_cache", "-code_path_choice", "-emu_args",
      "-emu_type", "-emu_flavor", "-init_debug", "-instr", "-loader_debug", "-make", "-man",
      "-nostick", "-oldshell", "-remsh", "-shutdown_time", "-smp", "-version", "-user", "-root",
      "-progname", "-home", "-bindir", "-async_shell_start", "-nohup", "-werl", "-sasl_boot");

  private final String text;
  private final int limit;
  private final boolean comments;
  private final EexTags eex;
  private final int[] noQuoteFrom = {Integer.MAX_VALUE, Integer.MAX_VALUE};

  private final List<Token> tokens = new ArrayList<>();
  private final List<TextRange> commentRanges = new ArrayList<>();
  private final List<TextRange> tags = new ArrayList<>();

  private VmArgsParser(String text, int limit, boolean comments) {
    this.text = text;
    this.limit = limit;
    this.comments = comments;
    this.eex = new EexTags(text);
  }

  /** Parses a whole vm.args file. */
  public static VmArgsFile parse(String text) {
    String t = text == null ? "" : text;
    return new VmArgsParser(t, t.length(), true).run(0);
  }

  /**
   * Parses a flag string that was cut out of a larger file: every range is shifted by
   * {@code baseOffset}, so it points into that file. Flag strings have no comments.
   */
  public static VmArgsFile parseFlags(String flags, int baseOffset) {
    String t = flags == null ? "" : flags;
    return shift(new VmArgsParser(t, t.length(), false).run(0), Math.max(0, baseOffset));
  }

  /**
   * Parses the flag string at {@code region} of {@code source} in place (the value of
   * {@code ERL_AFLAGS="..."} in env.sh), with ranges into {@code source}.
   */
  public static VmArgsFile parseFlags(String source, TextRange region) {
    String t = source == null ? "" : source;
    if (region == null) {
      return VmArgsFile.EMPTY;
    }
    int end = Math.min(region.end(), t.length());
    int start = Math.min(region.start(), end);
    return new VmArgsParser(t, end, false).run(start);
  }

  private VmArgsFile run(int from) {
    int pos = from;
    while (pos < limit) {
      char c = text.charAt(pos);
      if (isSpace(c)) {
        pos++;
      } else if (comments && c == '#') {
        int end = Lines.lineEnd(text, pos, limit);
        commentRanges.add(TextRange.of(pos, end));
        pos = end;
      } else if (isSkippedTag(pos)) {
        int end = eex.end(pos, limit);
        tags.add(TextRange.of(pos, end));
        pos = end;
      } else {
        pos = word(pos);
      }
    }
    return assemble();
  }

  private boolean isSkippedTag(int pos) {
    if (!EexTags.startsAt(text, pos, limit)) {
      return false;
    }
    int end = eex.end(pos, limit);
    return EexTags.isSilent(text, pos, end) && (end >= limit || isSpace(text.charAt(end)));
  }

  private int word(int start) {
    int pos = start;
    while (pos < limit) {
      char c = text.charAt(pos);
      if (isSpace(c) || (comments && c == '#')) {
        break;
      } else if (EexTags.startsAt(text, pos, limit)) {
        int end = eex.end(pos, limit);
        tags.add(TextRange.of(pos, end));
        pos = end;
      } else if (c == '\\') {
        pos = Math.min(pos + 2, limit);
      } else if (c == '"' || c == '\'') {
        pos = quoteEnd(pos, c);
      } else {
        pos++;
      }
    }
    tokens.add(new Token(text.substring(start, pos), TextRange.of(start, pos)));
    return pos;
  }

  /** After the closing quote; an unclosed quote stops at the end of its line. */
  private int quoteEnd(int open, char quote) {
    int slot = quote == '"' ? 0 : 1;
    int close = open + 1 >= noQuoteFrom[slot] ? -1 : text.indexOf(quote, open + 1);
    if (close >= 0 && close < limit) {
      return close + 1;
    }
    noQuoteFrom[slot] = Math.min(noQuoteFrom[slot], open + 1);
    return Math.max(open + 1, Lines.lineEnd(text, open, limit));
  }

  private VmArgsFile assemble() {
    List<VmFlag> flags = new ArrayList<>();
    List<Token> strays = new ArrayList<>();
    Token name = null;
    List<Token> args = new ArrayList<>();
    for (Token t : tokens) {
      if (isFlagName(t.text())) {
        if (name != null) {
          flags.add(new VmFlag(name.text(), name.range(), args));
        }
        name = t;
        args = new ArrayList<>();
      } else if (name == null) {
        strays.add(t);
      } else {
        args.add(t);
      }
    }
    if (name != null) {
      flags.add(new VmFlag(name.text(), name.range(), args));
    }
    return new VmArgsFile(flags, appParams(flags), commentRanges, tags, strays);
  }

  private static List<AppParam> appParams(List<VmFlag> flags) {
    List<AppParam> params = new ArrayList<>();
    for (VmFlag f : flags) {
      if (f.isEmulatorFlag() || f.args().isEmpty() || ERL_FLAGS.contains(f.name())) {
        continue;
      }
      for (VmFlag.Pair p : f.pairs()) {
        params.add(new AppParam(f.bareName(), p.key().value(), p.key(), p.value()));
      }
    }
    return params;
  }

  private static boolean isFlagName(String word) {
    if (word.length() < 2 || (word.charAt(0) != '-' && word.charAt(0) != '+')) {
      return false;
    }
    char second = word.charAt(1);
    return !Character.isDigit(second) && second != '<';
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
  }

  private static VmArgsFile shift(VmArgsFile f, int delta) {
    if (delta == 0) {
      return f;
    }
    List<VmFlag> flags = new ArrayList<>();
    for (VmFlag v : f.flags()) {
      flags.add(new VmFlag(v.name(), v.nameRange().shift(delta), shiftTokens(v.args(), delta)));
    }
    return new VmArgsFile(flags, appParams(flags), shiftRanges(f.comments(), delta),
        shiftRanges(f.eexTags(), delta), shiftTokens(f.strays(), delta));
  }

  private static List<Token> shiftTokens(List<Token> tokens, int delta) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      out.add(new Token(t.text(), t.range().shift(delta)));
    }
    return out;
  }

  private static List<TextRange> shiftRanges(List<TextRange> ranges, int delta) {
    List<TextRange> out = new ArrayList<>(ranges.size());
    for (TextRange r : ranges) {
      out.add(r.shift(delta));
    }
    return out;
  }
}
