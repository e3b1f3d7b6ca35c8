package dev.distlint.lsp;

import dev.distlint.lint.Linter;
import dev.distlint.settings.Settings;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Runs the front ends and rules over a small built-in project while the editor has not opened
 * anything yet, so the JIT has compiled the hot paths before the first real document arrives.
 * It stops as soon as a document is open or the workspace's own files are being checked, after a
 * time budget, or after enough rounds; its results are thrown away.
 */
final class JitWarmup {
  static final long BUDGET_MS = 2000;
  static final int ROUNDS = 40;
  private static final String[][] FILES = {
      {"warmup/k8s/chat.yaml", "k8s/chat.yaml"},
      {"warmup/docker-compose.yml", "docker-compose.yml"},
      {"warmup/runtime.exs", "config/runtime.exs"}};

  private JitWarmup() {
  }

  static void start(java.util.function.Supplier<Linter> linter, BooleanSupplier stop) {
    Thread t = new Thread(() -> run(linter.get(), stop), "distlint-warmup");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }

  static void run(Linter linter, BooleanSupplier stop) {
    List<String[]> texts = new ArrayList<>();
    for (String[] f : FILES) {
      try (InputStream in = JitWarmup.class.getClassLoader().getResourceAsStream(f[0])) {
        if (in != null) {
          texts.add(new String[] {f[1], new String(in.readAllBytes(), StandardCharsets.UTF_8)});
        }
      } catch (IOException e) {
        return;
      }
    }
    long deadline = System.nanoTime() + BUDGET_MS * 1_000_000;
    java.util.Map<String, Linter.Previous> previous = new java.util.HashMap<>();
    for (int round = 0; round < ROUNDS && !stop.getAsBoolean() && System.nanoTime() < deadline;
        round++) {
      List<ParsedFile> files = new ArrayList<>();
      for (String[] t : texts) {
        // A different number in every document defeats the parse cache, so parsing runs too; every
        // other round only a line added at the top, so the documents below move unchanged, as
        // they do when an editor changes a file.
        int n = round / 2;
        String text = t[1].replace("replicas: ", "replicas: " + n).replace(": 4000", ": 4" + n);
        if (round % 2 == 1) {
          text = "# edited\n" + text;
        }
        files.add(ParsedFile.of(t[0], text));
      }
      Workspace ws = new Workspace(files);
      for (ParsedFile f : files) {
        if (stop.getAsBoolean()) {
          return;
        }
        // each round re-checks the previous one's files as edited, as an editor's changes do
        Linter.Previous prev = previous.get(f.path());
        Linter.Result r = linter.recheck(ws, f, Settings.DEFAULT, stop, prev);
        previous.put(f.path(), new Linter.Previous(ws, f, Settings.DEFAULT, r));
      }
    }
  }
}
