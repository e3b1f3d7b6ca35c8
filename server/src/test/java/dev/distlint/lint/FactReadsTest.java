package dev.distlint.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.base.Finding;
import dev.distlint.documents.ParsedFile;
import dev.distlint.rules.BuiltinRules;
import dev.distlint.settings.Settings;
import dev.distlint.workspace.Workspace;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The linter records which workspace facts each rule read, and whether those facts kept their
 * values across an edit: what an incremental re-check needs to reuse a result.
 */
class FactReadsTest {
  static final String PDB = """
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata: {name: chat}
      spec:
        maxUnavailable: 2
        selector: {matchLabels: {app: chat}}
      """;
  static final String STS = """
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: {name: chat}
      spec:
        replicas: %d
        selector: {matchLabels: {app: chat}}
        template:
          metadata: {labels: {app: chat}}
          spec:
            containers:
              - name: chat
                image: ghcr.io/acme/chat:1.0.0
                env: [{name: RELEASE_DISTRIBUTION, value: name}]
      """;
  static final String MIX = """
      defmodule Chat.MixProject do
        use Mix.Project
        def project do
          [app: :chat, version: "1.0.0", deps: deps()]
        end

        defp deps do
          [{:libcluster, "~> 3.5"}, {:ra, "~> 2.14"}]
        end
      end
      """;

  @Test
  void aCrossFileRuleRecordsTheFactsItReadAndSeesThemChange() {
    Linter linter = new Linter(BuiltinRules.all());
    ParsedFile pdb = ParsedFile.of("k8s/pdb.yaml", PDB);
    Workspace before = Workspace.of(pdb, ParsedFile.of("k8s/sts.yaml", STS.formatted(3)),
        ParsedFile.of("mix.exs", MIX));
    Linter.Result r = linter.checkTracked(before, pdb, Settings.DEFAULT, () -> false);
    assertTrue(r.findings().stream().map(Finding::ruleId)
        .anyMatch("k8s-pdb-allows-quorum-loss"::equals), r.findings().toString());
    Map<Object, Workspace.Read> reads = r.reads().get("k8s-pdb-allows-quorum-loss");
    assertFalse(reads.isEmpty(), "the rule reads workloads of other files");

    Workspace sameFacts = before.with(ParsedFile.of("mix.exs", MIX + "\n"));
    Workspace moreReplicas = before.with(ParsedFile.of("k8s/sts.yaml", STS.formatted(5)));
    assertTrue(reads.values().stream().anyMatch(x -> !x.sameIn(before, moreReplicas)),
        "more replicas change a fact the rule read");
    assertEquals(r.findings().size(),
        linter.check(sameFacts, pdb, Settings.DEFAULT).size());
  }

  @Test
  void aRecheckReusesARuleWhoseFactsKeptTheirValues() {
    java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
    Rule real = BuiltinRules.all().stream()
        .filter(r -> r.id().equals("k8s-pdb-allows-quorum-loss")).findFirst().orElseThrow();
    Rule counting = new Rule() {
      @Override
      public String id() {
        return real.id();
      }

      @Override
      public void check(RuleContext ctx) {
        runs.incrementAndGet();
        real.check(ctx);
      }
    };
    Linter linter = new Linter(java.util.List.of(counting));
    ParsedFile pdb = ParsedFile.of("k8s/pdb.yaml", PDB);
    Workspace before = Workspace.of(pdb, ParsedFile.of("k8s/sts.yaml", STS.formatted(3)),
        ParsedFile.of("mix.exs", MIX), ParsedFile.of("rel/vm.args", "-kernel net_ticktime 60\n"));
    Linter.Result first = linter.recheck(before, pdb, Settings.DEFAULT, () -> false, null);
    assertEquals(1, runs.get());
    var prev = new Linter.Previous(before, pdb, Settings.DEFAULT, first);

    Workspace unrelated = before.with(ParsedFile.of("rel/vm.args", "-kernel net_ticktime 30\n"));
    Linter.Result again = linter.recheck(unrelated, pdb, Settings.DEFAULT, () -> false, prev);
    assertEquals(1, runs.get(), "no fact the rule read changed");
    assertEquals(linter.check(unrelated, pdb, Settings.DEFAULT), again.findings());

    runs.set(0);
    Workspace grown = before.with(ParsedFile.of("k8s/sts.yaml", STS.formatted(7)));
    Linter.Result changed = linter.recheck(grown, pdb, Settings.DEFAULT, () -> false, prev);
    assertEquals(1, runs.get(), "the workloads the rule read changed");
    assertEquals(linter.check(grown, pdb, Settings.DEFAULT), changed.findings());
    assertTrue(changed.findings().isEmpty(), "7 members tolerate a drain of 2");
  }
}
