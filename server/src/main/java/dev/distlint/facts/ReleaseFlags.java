package dev.distlint.facts;

import dev.distlint.base.TextRange;
import dev.distlint.base.FileKind;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.elixir.view.ConfigCall;
import dev.distlint.syntax.envsh.EnvAssignment;
import dev.distlint.syntax.envsh.EnvShFile;
import dev.distlint.syntax.vmargs.AppParam;
import dev.distlint.syntax.vmargs.Token;
import dev.distlint.syntax.vmargs.VmArgsFile;
import dev.distlint.syntax.vmargs.VmFlag;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * VM flags and kernel parameters as the two kinds of release process see them: the node itself
 * ({@code bin/app start}: {@code vm.args}, the {@code config :kernel} of sys.config, flag
 * variables such as {@code ERL_AFLAGS} set by {@code env.sh} for a start) and remote consoles and
 * rpc calls ({@code bin/app remote}: {@code remote.vm.args}, which boots without sys.config, and
 * the flag variables {@code env.sh} sets for them). An unguarded {@code ERL_AFLAGS} reaches both.
 */
public final class ReleaseFlags {
  private static final Fact.Family<String, List<Setting>> KERNEL_PARAM = Fact.family(
      "kernel-param", (w, key) -> List.copyOf(readKernelParam(w, key)));
  private static final Fact.Family<String, List<Setting>> FLAG = Fact.family("release-flag",
      (w, name) -> List.copyOf(read(w, v -> v.flags(name).stream()
          .map(ReleaseFlags::flagValue).toList())));
  private static final Fact<Optional<ParsedFile>> REMOTE_VM_ARGS = Fact.of("remote-vm-args",
      w -> w.filesOf(FileKind.VMARGS).stream().filter(ReleaseFlags::isRemote).findFirst());
  private ReleaseFlags() {
  }

  /** Which processes a setting reaches. */
  public enum Side {
    NODE, REMOTE, BOTH;

    public boolean node() {
      return this != REMOTE;
    }

    public boolean remote() {
      return this != NODE;
    }
  }

  /**
   * One setting: {@code value} is the literal value, null when it is templated or computed.
   * {@code source} describes where it is written ("rel/vm.args.eex", "config :kernel",
   * "ERL_AFLAGS in rel/env.sh.eex").
   */
  public record Setting(String value, Side side, String path, TextRange range, String source) {
  }

  /** The {@code -kernel key value} / {@code config :kernel, key: value} settings. */
  public static List<Setting> kernelParam(Workspace ws, String key) {
    return KERNEL_PARAM.in(ws, key);
  }

  private static List<Setting> readKernelParam(Workspace ws, String key) {
    List<Setting> out = read(ws, v -> v.params("kernel").stream()
        .filter(p -> p.key().equals(key) && p.value() != null).map(ReleaseFlags::param).toList());
    for (ParsedFile f : ws.filesOf(FileKind.EXS)) {
      for (ConfigCall c : ElixirViews.config(f).forApp("kernel")) {
        if (c.module() == null && c.appliesTo("prod")) {
          c.get(key).ifPresent(v -> out.add(new Setting(
              ElixirViews.integer(f, v).isPresent()
                  ? Long.toString(ElixirViews.integer(f, v).getAsLong()) : null,
              Side.NODE, f.path(), v.range(), "config :kernel in " + shortName(f.path()))));
        }
      }
    }
    return out;
  }

  /** The settings of a flag's first argument, such as {@code -proto_dist inet_tls}. */
  public static List<Setting> flag(Workspace ws, String name) {
    return FLAG.in(ws, name);
  }

  /** The remote consoles' vm.args of the workspace, if it has one. */
  public static Optional<ParsedFile> remoteVmArgs(Workspace ws) {
    return REMOTE_VM_ARGS.in(ws);
  }

  public static boolean isRemote(ParsedFile vmArgs) {
    return vmArgs.source().name().startsWith("remote");
  }

  /** The file's directory and name ({@code rel/vm.args.eex}), for messages. */
  public static String shortName(String path) {
    String p = path.replace('\\', '/');
    int last = p.lastIndexOf('/');
    int before = last <= 0 ? -1 : p.lastIndexOf('/', last - 1);
    return p.substring(before + 1);
  }

  /** A partial setting from one flag file: value and range; side, path and source come later. */
  private record Found(String value, TextRange range) {
  }

  private static Found param(AppParam p) {
    return new Found(literal(p.value()), p.value().range());
  }

  private static Found flagValue(VmFlag f) {
    return new Found(f.arg(0).map(ReleaseFlags::literal).orElse(null), f.range());
  }

  private static String literal(Token t) {
    return t.isTemplated() || t.text().contains("$") ? null : t.value();
  }

  private static List<Setting> read(Workspace ws, Function<VmArgsFile, List<Found>> find) {
    List<Setting> out = new ArrayList<>();
    for (ParsedFile f : ws.filesOf(FileKind.VMARGS)) {
      Side side = isRemote(f) ? Side.REMOTE : Side.NODE;
      for (Found x : find.apply(f.view(ReleaseViews.VM_ARGS))) {
        out.add(new Setting(x.value(), side, f.path(), x.range(), shortName(f.path())));
      }
    }
    for (ParsedFile f : ws.filesOf(FileKind.ENVSH)) {
      EnvShFile env = f.view(ReleaseViews.ENV_SH);
      for (String var : List.of("ERL_AFLAGS", "ERL_FLAGS", "ELIXIR_ERL_OPTIONS", "ERL_ZFLAGS")) {
        EnvAssignment start = lastFor(env, var, "start");
        EnvAssignment remote = lastFor(env, var, "remote");
        if (start != null) {
          add(out, find, start, start == remote ? Side.BOTH : Side.NODE, f);
        }
        if (remote != null && remote != start) {
          add(out, find, remote, Side.REMOTE, f);
        }
      }
    }
    return out;
  }

  private static void add(List<Setting> out, Function<VmArgsFile, List<Found>> find,
      EnvAssignment a, Side side, ParsedFile f) {
    for (Found x : find.apply(a.flags())) {
      out.add(new Setting(x.value(), side, f.path(), x.range(),
          a.name() + " in " + shortName(f.path())));
    }
  }

  private static EnvAssignment lastFor(EnvShFile env, String var, String command) {
    EnvAssignment last = null;
    for (EnvAssignment a : env.all(var)) {
      if (a.exported() && a.appliesTo(command) && !(a.isDefault() && last != null)) {
        last = a;
      }
    }
    return last;
  }
}
