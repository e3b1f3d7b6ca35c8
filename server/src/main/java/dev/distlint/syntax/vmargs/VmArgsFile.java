package dev.distlint.syntax.vmargs;

import dev.distlint.base.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed vm.args file (or the flag string of {@code ERL_AFLAGS} and friends). Every flag is in
 * {@link #flags}, in order; application flags such as {@code -kernel} are also read into
 * {@link #params}. When a flag or parameter is given more than once the VM uses the last one,
 * so the single-result lookups return the last occurrence.
 *
 * @param flags every flag with its arguments, in order
 * @param params application parameters, {@code -<app> <key> <value>}
 * @param comments {@code #} comments
 * @param eexTags every EEx tag, including the ones inside tokens
 * @param strays words before the first flag, which belong to no flag
 */
public record VmArgsFile(List<VmFlag> flags, List<AppParam> params, List<TextRange> comments,
    List<TextRange> eexTags, List<Token> strays) {

  public static final VmArgsFile EMPTY =
      new VmArgsFile(List.of(), List.of(), List.of(), List.of(), List.of());

  public VmArgsFile {
    flags = List.copyOf(flags);
    params = List.copyOf(params);
    comments = List.copyOf(comments);
    eexTags = List.copyOf(eexTags);
    strays = List.copyOf(strays);
  }

  /** The last flag with this name, prefix included: {@code flag("-name")}, {@code flag("+P")}. */
  public Optional<VmFlag> flag(String name) {
    for (int i = flags.size() - 1; i >= 0; i--) {
      if (flags.get(i).name().equals(name)) {
        return Optional.of(flags.get(i));
      }
    }
    return Optional.empty();
  }

  /** Every flag with this name, in order. */
  public List<VmFlag> flags(String name) {
    List<VmFlag> out = new ArrayList<>();
    for (VmFlag f : flags) {
      if (f.name().equals(name)) {
        out.add(f);
      }
    }
    return out;
  }

  /** The last setting of an application parameter: {@code param("kernel", "net_ticktime")}. */
  public Optional<AppParam> param(String app, String key) {
    for (int i = params.size() - 1; i >= 0; i--) {
      AppParam p = params.get(i);
      if (p.app().equals(app) && p.key().equals(key)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Every parameter of one application, in order. */
  public List<AppParam> params(String app) {
    List<AppParam> out = new ArrayList<>();
    for (AppParam p : params) {
      if (p.app().equals(app)) {
        out.add(p);
      }
    }
    return out;
  }
}
