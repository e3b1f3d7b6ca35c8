package dev.distlint.facts;

import dev.distlint.base.TextRange;
import dev.distlint.base.FileKind;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExPair;
import dev.distlint.syntax.elixir.view.ConfigCall;
import dev.distlint.syntax.envsh.EnvAssignment;
import dev.distlint.syntax.envsh.EnvShFile;
import dev.distlint.syntax.vmargs.AppParam;
import dev.distlint.syntax.vmargs.VmArgsFile;
import dev.distlint.documents.ParsedFile;
import dev.distlint.documents.View;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The kernel application parameters a file sets for a production node: {@code config :kernel}
 * in config scripts (calls that apply to {@code prod}), {@code -kernel Key Value} in vm.args,
 * and {@code -kernel} flags inside {@code ERL_AFLAGS} and friends as a normal start of the
 * release sees them in env.sh.
 */
public final class KernelParams {
  public static final View<List<KernelParam>> VIEW = View.of("kernel-params", KernelParams::read);

  private KernelParams() {
  }

  /**
   * One parameter setting.
   *
   * @param value the value as written when it is a plain atom or integer, else null (a template,
   *     an expression)
   * @param keyRange the parameter name
   * @param valueRange the value (the key's range when the value is missing)
   */
  public record KernelParam(String path, String key, String value, TextRange keyRange,
      TextRange valueRange) {

    /** The value as an integer, when it is one. */
    public OptionalLong number() {
      if (value == null) {
        return OptionalLong.empty();
      }
      try {
        return OptionalLong.of(Long.parseLong(value.replace("_", "")));
      } catch (NumberFormatException e) {
        return OptionalLong.empty();
      }
    }

    public boolean is(String name) {
      return key.equals(name);
    }

    /** From the key to the value. */
    public TextRange range() {
      return keyRange.union(valueRange);
    }
  }

  /** Every kernel parameter set anywhere in the workspace's config, vm.args and env.sh files. */
  public static List<KernelParam> all(Workspace ws) {
    return ws.collect(VIEW, FileKind.EXS, FileKind.VMARGS, FileKind.ENVSH);
  }

  /** The settings of {@code key} anywhere in the workspace. */
  public static List<KernelParam> all(Workspace ws, String key) {
    return all(ws).stream().filter(p -> p.is(key)).toList();
  }

  private static List<KernelParam> read(ParsedFile f) {
    List<KernelParam> out = new ArrayList<>();
    switch (f.kind()) {
      case EXS -> fromConfig(f, out);
      case VMARGS -> fromVmArgs(f.path(), f.view(ReleaseViews.VM_ARGS), out);
      case ENVSH -> {
        EnvShFile env = f.view(ReleaseViews.ENV_SH);
        for (String name : EnvAssignment.FLAG_VARIABLES) {
          fromFlagVariable(f.path(), env.all(name), out);
        }
      }
      default -> {
      }
    }
    return List.copyOf(out);
  }

  /**
   * The parameters a flag variable ends up with: an assignment that appends to the variable
   * ({@code X="$X -kernel ..."}) adds to what earlier ones set, any other replaces it.
   */
  private static void fromFlagVariable(String path, List<EnvAssignment> assignments,
      List<KernelParam> out) {
    List<KernelParam> current = new ArrayList<>();
    for (EnvAssignment a : assignments) {
      if (!a.references(a.name())) {
        current.clear();
      }
      fromVmArgs(path, a.flags(), current);
    }
    out.addAll(current);
  }

  private static void fromConfig(ParsedFile f, List<KernelParam> out) {
    for (ConfigCall c : ElixirViews.config(f).forApp("kernel")) {
      if (c.module() != null || !c.appliesTo("prod")) {
        continue;
      }
      for (ExPair p : c.options().pairs()) {
        ExNode v = p.value();
        String value = v.asAtomName().orElse(null);
        OptionalLong n = ElixirViews.integer(f, v);
        if (value == null && n.isPresent()) {
          value = Long.toString(n.getAsLong());
        }
        TextRange vr = v.isMissing() ? p.keyRange() : v.range();
        out.add(new KernelParam(f.path(), p.keyName(), value, p.keyRange(), vr));
      }
    }
  }

  private static void fromVmArgs(String path, VmArgsFile args, List<KernelParam> out) {
    for (AppParam p : args.params("kernel")) {
      String value = p.value() == null || p.value().isTemplated() || p.value().text().contains("$")
          ? null : p.value().value();
      TextRange vr = p.value() == null ? p.keyToken().range() : p.value().range();
      out.add(new KernelParam(path, p.key(), value, p.keyToken().range(), vr));
    }
  }
}
