package dev.distlint.robust;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.distlint.base.PositionEncoding;
import dev.distlint.lsp.features.CodeActions;
import dev.distlint.lsp.features.Completions;
import dev.distlint.lsp.features.Diagnostics;
import dev.distlint.lsp.features.Hovers;
import dev.distlint.base.Finding;
import dev.distlint.lint.Linter;
import dev.distlint.base.Log;
import dev.distlint.base.TextRange;
import dev.distlint.rules.BuiltinRules;
import dev.distlint.settings.Settings;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs every engine feature on one input the way the server does: all rules through the
 * {@link Linter}, diagnostics in two position encodings, hover and completion at many offsets,
 * code actions over the file and over each finding. An input fails when anything throws, a rule
 * or assistant logs a failure (they catch their own exceptions), a range leaves the text, a
 * secret appears in an output, or the whole takes longer than a generous hang guard.
 */
final class Exerciser implements AutoCloseable {
  /** A hang guard, not a speed target: far above what any input needs on a slow machine. */
  static final Duration GUARD = Duration.ofSeconds(90);
  private static final Gson JSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
  private static final Path FAILURES = Path.of("target/fuzz-failures");

  private final Linter linter = new Linter(BuiltinRules.all());
  private final List<String> logged = Collections.synchronizedList(new ArrayList<>());
  private final List<String> failures = new ArrayList<>();
  private ExecutorService worker = newWorker();
  private final TreeSet<Timing> slowest = new TreeSet<>();
  private int runs;

  /** How long one input took, for the summary of the slowest inputs. */
  record Timing(long ms, String label) implements Comparable<Timing> {
    @Override
    public int compareTo(Timing o) {
      return ms != o.ms ? Long.compare(ms, o.ms) : label.compareTo(o.label);
    }
  }

  /** The slowest inputs so far, slowest first. */
  List<Timing> slowest() {
    return new ArrayList<>(slowest.descendingSet());
  }
  private boolean checkSecrets;

  Exerciser() {
    Log.setSink(logged::add);
  }

  /** Whether outputs are scanned for the workspace's secrets (inputs that keep their context). */
  Exerciser secrets(boolean on) {
    checkSecrets = on;
    return this;
  }

  int runs() {
    return runs;
  }

  /** Exercises one input; a failure is recorded (and the input saved), never thrown. */
  void run(String label, String path, String text, Map<String, String> siblings, int offsets) {
    runs++;
    logged.clear();
    long t0 = System.nanoTime();
    Future<String> f = worker.submit(() -> exercise(path, text, siblings, offsets));
    String problem;
    try {
      problem = f.get(GUARD.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      problem = "no answer within " + GUARD.toSeconds() + " s (hang)";
    } catch (ExecutionException e) {
      problem = "threw " + e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problem = "interrupted";
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    slowest.add(new Timing(ms, label + " [" + path + "]"));
    if (slowest.size() > 8) {
      slowest.pollFirst();
    }
    synchronized (logged) {
      for (String line : logged) {
        if (line.contains("failed")) {
          problem = (problem == null ? "" : problem + "; ") + "logged: " + line;
        }
      }
    }
    if (problem != null) {
      record(label + " [" + path + "]: " + problem, path, text);
    }
  }

  private String exercise(String path, String text, Map<String, String> siblings, int offsets) {
    ParsedFile file = ParsedFile.of(path, text);
    List<ParsedFile> all = new ArrayList<>();
    siblings.forEach((p, t) -> {
      if (!p.equals(path)) {
        all.add(ParsedFile.of(p, t));
      }
    });
    all.add(file);
    Workspace ws = new Workspace(all);
    List<Finding> found = linter.check(ws, file, Settings.DEFAULT);
    StringBuilder out = new StringBuilder();
    for (Finding x : found) {
      TextRange r = x.range();
      if (r.start() < 0 || r.end() > text.length() || r.start() > r.end()) {
        return "finding " + x.ruleId() + " has range " + r + " outside a text of " + text.length();
      }
      out.append(x.message()).append('\n');
    }
    int i = 0;
    for (PositionEncoding enc : List.of(PositionEncoding.UTF16, PositionEncoding.UTF8)) {
      out.append(JSON.toJson(Diagnostics.toLsp(found, file.lines(), enc, ws)));
      for (int off : offsets(text, found, offsets)) {
        out.append(JSON.toJson(Hovers.hover(file, off, found, ws, enc)));
        out.append(JSON.toJson(Completions.complete(file, off, ws, enc, (i++ & 1) == 0)));
        out.append(JSON.toJson(dev.distlint.lsp.features.Navigation.definition(file, off, found, ws,
            enc)));
        out.append(JSON.toJson(dev.distlint.lsp.features.Navigation.references(file, off, true, ws,
            enc)));
        out.append(JSON.toJson(dev.distlint.lsp.features.Navigation.highlights(file, off, ws, enc)));
      }
      out.append(JSON.toJson(CodeActions.actions(file, new TextRange(0, text.length()), found, ws,
          enc, new org.eclipse.lsp4j.CodeActionContext(List.of(),
              List.of(CodeActions.FIX_ALL, "quickfix")))));
      out.append(JSON.toJson(dev.distlint.lsp.features.Symbols.document(file, enc)));
      out.append(JSON.toJson(dev.distlint.lsp.features.Symbols.workspace(ws, "a", enc)));
      out.append(JSON.toJson(dev.distlint.lsp.features.DocumentLinks.of(file, ws, enc)));
    }
    if (checkSecrets) {
      String all2 = out + String.join("\n", logged);
      for (String s : Seeds.SECRETS) {
        if (all2.contains(s)) {
          return "an output contains the secret " + s;
        }
      }
    }
    return null;
  }

  /** Offsets to ask at: both ends, each finding's ends, evenly spread points, odd characters. */
  static TreeSet<Integer> offsets(String text, List<Finding> found, int n) {
    TreeSet<Integer> at = new TreeSet<>();
    int len = text.length();
    at.add(0);
    at.add(len);
    at.add(Math.max(0, len - 1));
    for (Finding f : found.subList(0, Math.min(found.size(), n))) {
      at.add(f.range().start());
      at.add(f.range().end());
    }
    for (int k = 1; k < n; k++) {
      at.add((int) ((long) len * k / n));
    }
    int odd = 0;
    for (int i = 0; i < len && odd < n; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c) || c == '\r' || c == '\uFFFD') {
        at.add(i);
        at.add(i + 1);
        odd++;
      }
    }
    return at;
  }

  private void record(String what, String path, String text) {
    failures.add(what);
    try {
      Files.createDirectories(FAILURES);
      String name = failures.size() + "-" + path.replaceAll("[^A-Za-z0-9.]", "_");
      Files.writeString(FAILURES.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // Saving the input is a convenience; the failure is recorded either way.
    }
  }

  List<String> failures() {
    return failures;
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      // The stack bin/distlint gives every thread (-Xss4m): deep inputs are judged as in use,
      // not against the smaller default of a test JVM's threads.
      Thread t = new Thread(null, r, "fuzz-worker", 4L << 20);
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public void close() {
    worker.shutdownNow();
    Log.setSink(System.err::println);
  }
}
