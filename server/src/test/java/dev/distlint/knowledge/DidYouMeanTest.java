package dev.distlint.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

  private static final List<String> KEYS = List.of("kubernetes_selector",
      "kubernetes_node_basename", "mode", "polling_interval");

  @Test
  void closeMisspellingsAreSuggested() {
    assertEquals(Optional.of("kubernetes_selector"),
        DidYouMean.suggest("kubernetes_selecter", KEYS, Map.of()));
    assertEquals(Optional.of("mode"), DidYouMean.suggest("mdoe", KEYS, Map.of()));
    assertEquals(Optional.of("polling_interval"),
        DidYouMean.suggest("poling_interval", KEYS, Map.of()));
  }

  @Test
  void distantOrShortNamesAreNotSuggested() {
    assertTrue(DidYouMean.suggest("selector", KEYS, Map.of()).isEmpty());
    assertTrue(DidYouMean.suggest("md", KEYS, Map.of()).isEmpty());
    assertTrue(DidYouMean.suggest("mode", KEYS, Map.of()).isEmpty());
  }

  @Test
  void knownWrongNamesWinOverDistance() {
    Map<String, List<String>> wrong = Map.of("poll_interval", List.of("polling_interval"));
    assertEquals(Optional.of("polling_interval"),
        DidYouMean.suggest("poll_interval", KEYS, wrong));
    assertTrue(DidYouMean.suggest("poll_interval", List.of("interval"), wrong).isEmpty());
  }

  @Test
  void transpositionCountsAsOneEdit() {
    assertEquals(1, DidYouMean.distance("abcd", "abdc"));
    assertEquals(3, DidYouMean.distance("kitten", "sitting"));
  }
}
