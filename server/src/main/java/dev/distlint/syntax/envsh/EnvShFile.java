package dev.distlint.syntax.envsh;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.vmargs.VmFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed release env script ({@code rel/env.sh}, {@code rel/env.sh.eex}).
 *
 * @param assignments every assignment, in order
 * @param commands the other simple commands, in order
 * @param comments {@code #} comments
 * @param eexTags every EEx tag
 * @param expansions every expansion in the file, in order, including those in commands
 */
public record EnvShFile(List<EnvAssignment> assignments, List<EnvCommand> commands,
    List<TextRange> comments, List<TextRange> eexTags, List<Expansion> expansions) {

  public EnvShFile {
    assignments = List.copyOf(assignments);
    commands = List.copyOf(commands);
    comments = List.copyOf(comments);
    eexTags = List.copyOf(eexTags);
    expansions = List.copyOf(expansions);
  }

  /** Every assignment of {@code name}, in order. */
  public List<EnvAssignment> all(String name) {
    List<EnvAssignment> out = new ArrayList<>();
    for (EnvAssignment a : assignments) {
      if (a.name().equals(name)) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * The assignment that sets {@code name} for a normal {@code start}: the last one that a start
   * runs (see {@link EnvAssignment#appliesToStart()}), where a default
   * ({@code : ${NAME:=x}}) only counts when nothing set the variable before it.
   */
  public Optional<EnvAssignment> last(String name) {
    EnvAssignment current = null;
    for (EnvAssignment a : all(name)) {
      if (!a.appliesToStart() || (a.isDefault() && current != null && !current.rawValue().isEmpty())) {
        continue;
      }
      current = a;
    }
    return Optional.ofNullable(current);
  }

  /**
   * The VM flags a normal start gets from {@code ERL_AFLAGS}, {@code ELIXIR_ERL_OPTIONS},
   * {@code ERL_FLAGS} and {@code ERL_ZFLAGS}, with ranges into this file.
   */
  public List<VmFlag> vmFlags() {
    List<VmFlag> out = new ArrayList<>();
    for (String name : List.of("ERL_AFLAGS", "ERL_FLAGS", "ELIXIR_ERL_OPTIONS", "ERL_ZFLAGS")) {
      last(name).ifPresent(a -> out.addAll(a.flags().flags()));
    }
    return out;
  }

  /** Every {@code flag} passed by any flag variable, whatever its condition, in order. */
  public List<VmFlag> vmFlags(String flag) {
    List<VmFlag> out = new ArrayList<>();
    for (EnvAssignment a : assignments) {
      out.addAll(a.flags().flags(flag));
    }
    return out;
  }
}
