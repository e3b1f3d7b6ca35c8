package dev.distlint.assist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.List;
import org.junit.jupiter.api.Test;

class DurationHintsTest {
  private static List<String> labels(String text) {
    ParsedFile f = ParsedFile.of("config/runtime.exs", text);
    return InlayHints.of(f, new Workspace(List.of(f))).stream().map(InlayHint::label).toList();
  }

  @Test
  void expressionsShowWhatTheyComeTo() {
    List<String> hints = labels("""
        import Config
        config :libcluster, topologies: [k8s: [config: [polling_interval: :timer.seconds(15)]]]
        config :my_app, Oban, shutdown_grace_period: String.to_integer(System.get_env("GRACE_MS", "30000"))
        """);
    assertTrue(hints.contains("= 15 s"), hints::toString);
    assertTrue(hints.contains("= 30 s (default)"), hints::toString);
  }

  @Test
  void literalsAndUnknownValuesGetNoHint() {
    assertEquals(List.of(), labels("""
        import Config
        config :libcluster, topologies: [k8s: [config: [polling_interval: 10_000]]]
        config :my_app, Oban, shutdown_grace_period: String.to_integer(System.fetch_env!("GRACE_MS"))
        """));
  }
}
