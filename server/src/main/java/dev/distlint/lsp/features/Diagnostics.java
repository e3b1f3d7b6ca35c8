package dev.distlint.lsp.features;

import dev.distlint.catalogue.RuleDocLinks;
import dev.distlint.base.LineIndex;
import dev.distlint.base.PositionEncoding;
import dev.distlint.base.Finding;
import dev.distlint.base.Severity;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** The one place where findings become LSP diagnostics. */
public final class Diagnostics {
  public static final String SOURCE = "distlint";

  private Diagnostics() {
  }

  public static List<Diagnostic> toLsp(List<Finding> findings, LineIndex idx,
      PositionEncoding enc, Workspace ws) {
    List<Diagnostic> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Diagnostic d = new Diagnostic(Positions.range(idx, f.range(), enc), f.message(),
          severity(f.severity()), SOURCE);
      d.setCode(Either.forLeft(f.ruleId()));
      String href = RuleDocLinks.href(f.ruleId());
      if (href != null) {
        d.setCodeDescription(new DiagnosticCodeDescription(href));
      }
      d.setData(data(f));
      List<DiagnosticRelatedInformation> rel = new ArrayList<>();
      for (Finding.Related r : f.related()) {
        ParsedFile other = ws.file(r.path());
        if (other != null) {
          rel.add(new DiagnosticRelatedInformation(new Location(uriOf(r.path()),
              Positions.range(other.lines(), r.range(), enc)), r.message()));
        }
      }
      if (!rel.isEmpty()) {
        d.setRelatedInformation(rel);
      }
      out.add(d);
    }
    return out;
  }

  /**
   * What code actions need without analysing again: the rule, and the titles of its fixes with
   * whether each is safe to apply unattended.
   */
  static Map<String, Object> data(Finding f) {
    List<Map<String, Object>> fixes = new ArrayList<>();
    f.fixes().forEach(x -> fixes.add(Map.of("title", x.title(), "safe", x.safe())));
    return Map.of("rule", f.ruleId(), "fixes", fixes);
  }

  public static DiagnosticSeverity severity(Severity s) {
    return switch (s) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case INFO -> DiagnosticSeverity.Information;
      case HINT -> DiagnosticSeverity.Hint;
    };
  }

  /** The URI of an engine path (absolute paths become file URIs). */
  public static String uriOf(String path) {
    if (path.startsWith("/") || (path.length() > 2 && path.charAt(1) == ':')) {
      return Path.of(path).toUri().toString();
    }
    return path;
  }
}
