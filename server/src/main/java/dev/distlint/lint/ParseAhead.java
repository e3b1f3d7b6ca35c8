package dev.distlint.lint;

import dev.distlint.base.FileKind;
import dev.distlint.base.Parallelism;
import dev.distlint.documents.ParsedFile;
import dev.distlint.documents.View;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.yaml.YamlView;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parses files on the pool's threads, in file order, while the calling thread does work that
 * needs only some of them (the project model): the parses the rules would otherwise wait for are
 * then done. A parse is a file's memoised view, the same value whichever thread computes it; a
 * parse that fails is left for the rules to meet, as they would without this. On the sequential
 * path nothing is parsed ahead.
 */
public final class ParseAhead implements AutoCloseable {
  private final List<ParsedFile> files;
  private final AtomicInteger next = new AtomicInteger();
  private volatile boolean stopped;

  private ParseAhead(List<ParsedFile> files) {
    this.files = files;
  }

  /** Starts parsing {@code files} on the pool; {@link #close} stops it after the file at hand. */
  public static ParseAhead start(List<ParsedFile> files) {
    ParseAhead ahead = new ParseAhead(List.copyOf(files));
    if (!Parallelism.sequential() && !files.isEmpty()) {
      int helpers = Math.max(1, ForkJoinPool.getCommonPoolParallelism());
      for (int i = 0; i < helpers; i++) {
        ForkJoinPool.commonPool().execute(ahead::work);
      }
    }
    return ahead;
  }

  private void work() {
    while (!stopped) {
      int i = next.getAndIncrement();
      if (i >= files.size()) {
        return;
      }
      try {
        parse(files.get(i));
      } catch (Error e) {
        // Out of memory, say, on a pool thread, where nothing would report it: stop here, and
        // let the thread that needs this parse meet the error and report it.
        stopped = true;
      }
    }
  }

  private static void parse(ParsedFile f) {
    if (f.path().startsWith("templates/") || f.path().contains("/templates/")) {
      return;  // a Helm template is read in its chart's context, not as plain YAML
    }
    View<?> view = f.kind().isYaml() ? YamlView.YAML
        : f.kind().isElixir() ? ElixirViews.AST
        : f.kind() == FileKind.VMARGS ? ReleaseViews.VM_ARGS
        : f.kind() == FileKind.ENVSH ? ReleaseViews.ENV_SH
        : null;
    try {
      f.lines();
      if (view != null) {
        f.view(view);
      }
    } catch (RuntimeException | StackOverflowError e) {
      // left for the rules, which report it
    }
  }

  /** Stops parsing ahead; the files not reached are parsed when first needed. */
  @Override
  public void close() {
    stopped = true;
  }
}
