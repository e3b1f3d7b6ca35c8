package dev.distlint.rules.vmargs;

import dev.distlint.facts.Fact;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.TextRange;
import dev.distlint.base.FileKind;
import dev.distlint.facts.ReleaseScript;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.vmargs.Token;
import dev.distlint.syntax.vmargs.VmFlag;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shell variable ({@code ${POD_IP}}, {@code $COOKIE}) in a plain {@code vm.args}: the emulator
 * reads an args file word by word and expands nothing, so the VM gets the text as written.
 * Projects whose start script substitutes variables (Distillery or relx with
 * {@code REPLACE_OS_VARS}) are left alone.
 */
public final class VmargsVariableNotExpanded implements Rule {
  private static final Fact<Boolean> REPLACE_OS_VARS = Fact.of("replace-os-vars",
      w -> w.files().stream().anyMatch(f -> f.text().contains("REPLACE_OS_VARS")));
  private static final Pattern VARIABLE = Pattern.compile("\\$(\\{[A-Za-z_][A-Za-z0-9_]*[^}]*}|[A-Za-z_][A-Za-z0-9_]*)");

  @Override
  public String id() {
    return "vmargs-variable-not-expanded";
  }

  @Override
  public void check(RuleContext ctx) {
    ParsedFile f = ctx.file();
    if (f.kind() != FileKind.VMARGS || f.source().name().endsWith(".eex")
        || !ReleaseScript.isMixRelease(ctx.workspace()) || replacesVariables(ctx.workspace())) {
      return;
    }
    for (VmFlag flag : f.view(ReleaseViews.VM_ARGS).flags()) {
      for (Token t : flag.args()) {
        Matcher m = VARIABLE.matcher(t.text());
        if (m.find() && !t.isTemplated()) {
          int start = t.range().start() + m.start();
          ctx.report(TextRange.of(start, start + m.group().length()), m.group() + " in " + flag.name()
              + " reaches the VM as written: a plain vm.args is not a template and the emulator"
              + " does not expand variables in it.");
        }
      }
    }
  }

  /** True when something in the workspace turns on the start script's variable substitution. */
  private static boolean replacesVariables(Workspace ws) {
    return REPLACE_OS_VARS.in(ws);
  }
}
