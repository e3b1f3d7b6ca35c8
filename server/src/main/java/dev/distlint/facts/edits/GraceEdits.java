package dev.distlint.facts.edits;

import dev.distlint.base.Fix;
import dev.distlint.base.TextRange;
import dev.distlint.facts.ShutdownBudgets.Budget;
import dev.distlint.model.compose.ComposeFile;
import dev.distlint.model.compose.ComposeService;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.toml.TomlEntry;
import dev.distlint.syntax.toml.TomlValue;
import dev.distlint.documents.ParsedFile;
import java.util.List;
import java.util.Optional;

/**
 * The edits that set a platform grace period: replace the written value, or insert the setting
 * beside the first key of the pod spec, the compose service or the fly.toml root.
 */
public final class GraceEdits {
  /** Fly rejects a kill_timeout above five minutes. */
  private static final long FLY_MAX_MS = 300_000;

  private GraceEdits() {
  }

  public static long roundUp(long millis) {
    return (millis + 999) / 1000 * 1000;
  }

  public static List<Fix.FileEdit> of(ParsedFile f, Budget grace, long wantedMs) {
    long secs = roundUp(wantedMs) / 1000;
    String text = f.text();
    switch (grace.layer()) {
      case "Kubernetes":
        if (grace.explicit()) {
          return edit(f, grace.range(), Long.toString(secs));
        }
        for (KubeObject o : KubeObjects.of(f)) {
          if (o.nameRange().equals(grace.range()) && o.podSpec() != null) {
            return insertBefore(f, o.podSpec().entries().isEmpty() ? null
                : o.range(o.podSpec().entries().get(0).key()), "terminationGracePeriodSeconds: " + secs);
          }
        }
        return List.of();
      case "compose":
        if (grace.explicit()) {
          boolean quoted = text.charAt(grace.range().start()) == '"';
          return edit(f, grace.range(), quoted ? "\"" + secs + "s\"" : secs + "s");
        }
        for (ComposeService s : ComposeFile.of(f)) {
          if (s.range(s.nameNode()).equals(grace.range()) && !s.node().entries().isEmpty()) {
            return insertBefore(f, s.range(s.node().entries().get(0).key()),
                "stop_grace_period: " + secs + "s");
          }
        }
        return List.of();
      default:
        return fly(f, grace, secs);
    }
  }

  private static List<Fix.FileEdit> fly(ParsedFile f, Budget grace, long secs) {
    if (secs * 1000 > FLY_MAX_MS) {
      return List.of();
    }
    var root = f.view(ReleaseViews.FLY).root();
    Optional<TomlEntry> kt = root.entry("kill_timeout");
    if (grace.explicit() && kt.isPresent()) {
      TomlValue v = kt.get().value();
      return edit(f, v.range(), v.asString().isPresent() ? "\"" + secs + "s\"" : Long.toString(secs));
    }
    Optional<TomlEntry> app = root.entry("app");
    int at = 0;
    if (app.isPresent()) {
      int nl = f.text().indexOf('\n', app.get().value().range().end());
      if (nl < 0) {
        return List.of();
      }
      at = nl + 1;
    }
    return edit(f, TextRange.at(at), "kill_timeout = " + secs + "\n");
  }

  /** Inserts {@code line} before the first key of a block mapping, at the key's indentation. */
  private static List<Fix.FileEdit> insertBefore(ParsedFile f, TextRange firstKey,
      String line) {
    if (firstKey == null) {
      return List.of();
    }
    String text = f.text();
    int lineStart = text.lastIndexOf('\n', firstKey.start() - 1) + 1;
    String indent = text.substring(lineStart, firstKey.start());
    if (!indent.isBlank()) {
      return List.of();
    }
    return edit(f, TextRange.at(firstKey.start()), line + "\n" + indent);
  }

  private static List<Fix.FileEdit> edit(ParsedFile f, TextRange r, String text) {
    return List.of(new Fix.FileEdit(f.path(), r, text));
  }
}
