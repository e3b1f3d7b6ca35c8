package dev.distlint.rules.dist;

import dev.distlint.facts.edits.FirstLine;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.TextRange;
import dev.distlint.base.FileKind;
import dev.distlint.facts.ReleaseFlags;
import dev.distlint.facts.ReleaseFlags.Setting;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** TLS distribution for the node but not for remote consoles, or the other way round. */
public final class DistTlsNotEverywhere implements Rule {
  @Override
  public String id() {
    return "dist-tls-not-everywhere";
  }

  @Override
  public void check(RuleContext ctx) {
    FileKind kind = ctx.file().kind();
    if (kind != FileKind.VMARGS && kind != FileKind.ENVSH) {
      return;
    }
    Workspace ws = ctx.workspace();
    List<Setting> proto = ReleaseFlags.flag(ws, "-proto_dist");
    Optional<Setting> nodeTls = proto.stream().filter(s -> s.side().node() && tls(s)).findFirst();
    Optional<Setting> remoteTls = proto.stream().filter(s -> s.side().remote() && tls(s)).findFirst();
    if (nodeTls.isPresent() == remoteTls.isPresent()) {
      return;
    }
    Optional<ParsedFile> remote = ReleaseFlags.remoteVmArgs(ws);
    String path = ctx.file().path();
    if (nodeTls.isPresent()) {
      Setting s = nodeTls.get();
      if (remote.isPresent() && remote.get().path().equals(path)) {
        var report = ctx.at(FirstLine.of(ctx.file().text()), "Remote consoles connect with plain"
                + " TCP, the node with -proto_dist " + s.value() + " (" + s.source() + ").")
            .related(s.path(), s.range(), "-proto_dist " + s.value() + " for the node");
        copyFix(ws, ctx.file()).ifPresent(report::fix);
        report.emit();
      } else if (remote.isEmpty() && s.path().equals(path)) {
        ctx.report(s.range(), "-proto_dist " + s.value() + " reaches only the node; remote"
            + " consoles start with the default remote.vm.args and plain TCP.");
      }
    } else if (remoteTls.get().path().equals(path)) {
      Setting s = remoteTls.get();
      ctx.report(s.range(), "-proto_dist " + s.value() + " reaches only remote consoles; the"
          + " node itself listens with plain TCP.");
    }
  }

  private static boolean tls(Setting s) {
    return s.value() != null && s.value().endsWith("_tls");
  }

  /** Copies the node's TLS distribution flags (vm.args only) to the end of remote.vm.args. */
  private static Optional<Fix> copyFix(Workspace ws, ParsedFile remote) {
    StringBuilder b = new StringBuilder();
    for (String flag : List.of("-proto_dist", "-ssl_dist_optfile", "-ssl_dist_opt")) {
      for (Setting s : ReleaseFlags.flag(ws, flag)) {
        ParsedFile f = ws.file(s.path());
        if (s.side() == ReleaseFlags.Side.NODE && f != null && f.kind() == FileKind.VMARGS) {
          b.append(f.slice(s.range())).append('\n');
        }
      }
    }
    if (b.length() == 0) {
      return Optional.empty();
    }
    String text = remote.text();
    String sep = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
    List<Fix.FileEdit> edits = new ArrayList<>();
    edits.add(new Fix.FileEdit(remote.path(), TextRange.at(text.length()), sep + b));
    return Optional.of(new Fix("Copy the node's TLS distribution flags", edits, false));
  }
}
