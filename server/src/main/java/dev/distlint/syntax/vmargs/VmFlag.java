package dev.distlint.syntax.vmargs;

import dev.distlint.base.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A flag and the words that follow it up to the next flag: {@code -name app@host},
 * {@code -kernel net_ticktime 60}, {@code +P 1000000}, {@code -hidden}. The name keeps its
 * prefix ({@code -} for init and application flags, {@code +} for emulator flags) because
 * {@code -S} and {@code +S} are different flags.
 */
public record VmFlag(String name, TextRange nameRange, List<Token> args) {

  public VmFlag {
    args = List.copyOf(args);
  }

  /** The name without its {@code -} or {@code +} prefix. */
  public String bareName() {
    return name.length() > 1 ? name.substring(1) : "";
  }

  public boolean isEmulatorFlag() {
    return name.startsWith("+");
  }

  public Optional<Token> arg(int index) {
    return index >= 0 && index < args.size() ? Optional.of(args.get(index)) : Optional.empty();
  }

  /** From the name to the end of the last argument. */
  public TextRange range() {
    return args.isEmpty() ? nameRange : nameRange.union(args.get(args.size() - 1).range());
  }

  /**
   * The arguments read as key/value pairs, as {@code -ssl_dist_opt server_certfile a} and
   * {@code -kernel k v k2 v2} take them. A key without a value (half-typed) has a null value.
   */
  public List<Pair> pairs() {
    List<Pair> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i += 2) {
      out.add(new Pair(args.get(i), i + 1 < args.size() ? args.get(i + 1) : null));
    }
    return out;
  }

  /** One key/value pair of a flag's arguments; {@code value} is null when it is missing. */
  public record Pair(Token key, Token value) {}
}
