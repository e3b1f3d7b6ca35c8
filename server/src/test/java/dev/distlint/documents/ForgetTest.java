package dev.distlint.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.distlint.workspace.Workspace;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What a file or workspace forgets is computed again when asked, to the same value. */
class ForgetTest {
  @Test
  void aForgottenViewIsComputedAgain() {
    AtomicInteger runs = new AtomicInteger();
    View<Integer> length = View.of("test-length", f -> {
      runs.incrementAndGet();
      return f.text().length();
    });
    ParsedFile f = ParsedFile.of("mix.exs", "defmodule A do\nend\n");
    assertEquals(19, f.view(length));
    assertEquals(19, f.view(length));
    assertEquals(1, runs.get());
    f.forget();
    assertEquals(19, f.view(length));
    assertEquals(2, runs.get());
  }

  @Test
  void aWorkspaceForgetsItsFactsAndItsFilesViews() {
    AtomicInteger facts = new AtomicInteger();
    AtomicInteger views = new AtomicInteger();
    View<String> upper = View.of("test-upper", f -> {
      views.incrementAndGet();
      return f.text().toUpperCase(java.util.Locale.ROOT);
    });
    ParsedFile a = ParsedFile.of("config/runtime.exs", "import Config\n");
    Workspace ws = Workspace.of(a);
    java.util.function.Function<Workspace, Integer> total = w -> {
      facts.incrementAndGet();
      return w.files().stream().mapToInt(f -> f.view(upper).length()).sum();
    };
    assertEquals(14, ws.fact("test-total", total));
    assertEquals(14, ws.fact("test-total", total));
    assertEquals(1, facts.get());
    assertEquals(1, views.get());
    ws.forget();
    assertEquals(14, ws.fact("test-total", total));
    assertEquals(2, facts.get());
    assertEquals(2, views.get());
    assertSame(a, ws.file("config/runtime.exs"), "the files themselves stay");
  }
}
