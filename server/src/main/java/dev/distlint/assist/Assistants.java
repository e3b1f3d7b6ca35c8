package dev.distlint.assist;

import dev.distlint.base.Log;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The explicit list of assistants; each is asked in turn, failures are logged and skipped. */
public final class Assistants {
  private static final List<Assistant> ALL = List.of(new KubernetesSnippets(),
      new KubernetesHovers(), new ElixirAssistant(), new VmArgsAssistant(), new EnvShAssistant(),
      new FlyAssistant());

  private Assistants() {
  }

  public static List<Suggestion> complete(ParsedFile file, int offset, Workspace ws) {
    List<Suggestion> out = new ArrayList<>();
    for (Assistant a : ALL) {
      try {
        out.addAll(a.complete(file, offset, ws));
      } catch (RuntimeException | StackOverflowError e) {
        Log.error("completion failed in " + a.getClass().getSimpleName(), e);
      }
    }
    return out;
  }

  public static Optional<HoverInfo> hover(ParsedFile file, int offset, Workspace ws) {
    for (Assistant a : ALL) {
      try {
        Optional<HoverInfo> h = a.hover(file, offset, ws);
        if (h.isPresent()) {
          return h;
        }
      } catch (RuntimeException | StackOverflowError e) {
        Log.error("hover failed in " + a.getClass().getSimpleName(), e);
      }
    }
    return Optional.empty();
  }
}
