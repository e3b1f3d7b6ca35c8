package dev.distlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.base.Finding;
import dev.distlint.lint.Linter;
import dev.distlint.report.Baseline;
import dev.distlint.rules.BuiltinRules;
import dev.distlint.settings.Settings;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor shows findings recorded in the baseline as hints, or hides them. */
class LspBaselineTest {
  static final String VM_ARGS = "-name chat@127.0.0.1\n-kernel net_ticktime 3\n";

  @Test
  void baselinedFindingsBecomeHints(@TempDir Path dir) throws Exception {
    Path file = write(dir);
    List<Diagnostic> d = diagnostics(dir, file, "hint");
    Diagnostic tick = d.stream().filter(x -> x.getCode().getLeft().equals("net-ticktime-extreme"))
        .findFirst().orElseThrow();
    assertEquals(DiagnosticSeverity.Hint, tick.getSeverity());
    assertTrue(tick.getMessage().getLeft().startsWith("(baselined) "), tick.getMessage().getLeft());
  }

  @Test
  void baselinedFindingsCanBeHidden(@TempDir Path dir) throws Exception {
    Path file = write(dir);
    List<Diagnostic> d = diagnostics(dir, file, "hide");
    assertTrue(d.stream().noneMatch(x -> x.getCode().getLeft().equals("net-ticktime-extreme")),
        d.toString());
  }

  private static Path write(Path dir) throws Exception {
    Path rel = Files.createDirectories(dir.resolve("rel"));
    Path file = rel.resolve("vm.args");
    Files.writeString(file, VM_ARGS);
    ParsedFile pf = ParsedFile.of(file.toString(), VM_ARGS);
    List<Finding> found = new Linter(BuiltinRules.all()).check(Workspace.of(pf), pf,
        Settings.DEFAULT);
    assertTrue(found.stream().anyMatch(f -> f.ruleId().equals("net-ticktime-extreme")));
    Baseline.of(found, p -> VM_ARGS, p -> dir.relativize(Path.of(p)).toString().replace('\\', '/'))
        .write(dir.resolve("distlint-baseline.json"));
    return file;
  }

  private static List<Diagnostic> diagnostics(Path dir, Path file, String mode) throws Exception {
    try (LspHarness h = new LspHarness()) {
      InitializeParams p = new InitializeParams();
      p.setCapabilities(new ClientCapabilities());
      p.setInitializationOptions(Map.of("distlint", Map.of(
          "baseline", dir.resolve("distlint-baseline.json").toString(),
          "baselineFindings", mode)));
      h.server.initialize(p).get(10, TimeUnit.SECONDS);
      h.server.initialized(new InitializedParams());
      String uri = file.toUri().toString();
      h.open(uri, "vmargs", VM_ARGS);
      PublishDiagnosticsParams d = h.nextDiagnostics(uri);
      return d.getDiagnostics();
    }
  }
}
