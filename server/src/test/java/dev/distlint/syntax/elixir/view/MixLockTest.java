package dev.distlint.syntax.elixir.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.syntax.elixir.Marked;
import org.junit.jupiter.api.Test;

class MixLockTest {
  @Test
  void readsHexAndGitEntriesAndSkipsTheRest() {
    Marked m = Marked.of("""
        %{
          "delta_crdt": {:hex, :delta_crdt, "0.6.5", "c7bb8c2c7e60f59e46557ab4e0224f67ba22f04c02826e273738f3dcc4767adc", [:mix], [{:merkle_map, "~> 0.2.0", [hex: :merkle_map, repo: "hexpm", optional: false]}], "hexpm", "c6ae23a525d30f96494186dd11bf19ed9ae7e9badc8a54de6a2bb8a3bf5a0aa5"},
          "«libcluster»": {:hex, :libcluster, "3.5.0", "5ee4cfde4bdf32b2fef271e33ce3241e89509f4344f6c6a8d4069937484866ba", [:mix], [{:jason, "~> 1.1", [hex: :jason, repo: "hexpm", optional: true]}], "hexpm", "ebf6561fcedd765a4cd43b4b8c04b1c87f4177b5fb3cbdfe40a780499d72f743"},
          "partisan": {:git, "https://github.com/lasp-lang/partisan.git", "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567", [tag: "v5.0.0"]},
          garbage line
          "ra": {:hex, :ra, "2.14.0",
        }
        """);
    MixLock lock = MixLock.parse(m.text);
    assertEquals("3.5.0", lock.version("libcluster").orElseThrow());
    assertEquals("0.6.5", lock.versions().get("delta_crdt"));
    assertEquals("2.14.0", lock.version("ra").orElseThrow());
    assertEquals("git", lock.entries().get("partisan").source());
    assertEquals("0a1b2c3d4e5f60718293a4b5c6d7e8f901234567", lock.version("partisan").orElseThrow());
    assertEquals(m.range(0), lock.entries().get("libcluster").nameRange());
    assertTrue(MixLock.parse("").versions().isEmpty());
    assertTrue(MixLock.parse(null).versions().isEmpty());
  }
}
