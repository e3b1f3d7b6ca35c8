package dev.distlint.rules;

import dev.distlint.lint.Rule;
import dev.distlint.rules.dist.DistCookieLiteral;
import dev.distlint.rules.dist.DistCookieMismatch;
import dev.distlint.rules.dist.DistPortPubliclyExposed;
import dev.distlint.rules.general.ProblemRule;
import dev.distlint.rules.kernel.DistAutoConnectNeverWithoutDiscovery;
import dev.distlint.rules.kernel.DistListenRangeInvalid;
import dev.distlint.rules.kernel.DistTlsMissingOptions;
import dev.distlint.rules.kernel.GlobalConnectAllDisabledWithGlobalUsers;
import dev.distlint.rules.kernel.GlobalOverlappingPartitionsDisabled;
import dev.distlint.rules.kernel.NetSetuptimeTooHigh;
import dev.distlint.rules.kernel.NetTicktimeExtreme;
import dev.distlint.rules.oban.ObanCronExpressionInvalid;
import dev.distlint.rules.oban.ObanCronWithoutLeader;
import dev.distlint.rules.oban.ObanDeprecatedCronPlugin;
import dev.distlint.rules.oban.ObanGlobalPeerNetsplit;
import dev.distlint.rules.oban.ObanTestingModeOutsideTest;
import dev.distlint.rules.release.MigrationsAtBoot;
import dev.distlint.rules.release.ReleaseMissingRuntimeTools;
import dev.distlint.rules.general.SettingsUnknownKey;
import dev.distlint.rules.k8s.LivenessChecksDependencies;
import dev.distlint.rules.k8s.PdbAllowsQuorumLoss;
import dev.distlint.rules.k8s.ProbeSelfOnly;
import dev.distlint.rules.k8s.ProbeTimingVsBoot;
import dev.distlint.rules.k8s.QuorumReplicasSameFailureDomain;
import dev.distlint.rules.k8s.ReadinessProbeMissing;
import dev.distlint.rules.resilience.IdenticalTimeoutsEverywhere;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The one explicit list of built-in rules. Adding a rule means adding it here. */
public final class BuiltinRules {
  private static final List<Rule> ALL = build();
  private static final Set<String> IDS =
      ALL.stream().map(Rule::id).collect(Collectors.toUnmodifiableSet());

  private BuiltinRules() {
  }

  public static List<Rule> all() {
    return ALL;
  }

  public static boolean isKnown(String id) {
    return IDS.contains(id);
  }

  private static List<Rule> build() {
    List<Rule> r = new ArrayList<>();
    r.add(new ProblemRule("yaml-syntax"));
    r.add(new ProblemRule("toml-syntax"));
    r.add(new ProblemRule("file-too-large"));
    r.add(new SettingsUnknownKey(BuiltinRules::isKnown));
    r.add(new ReadinessProbeMissing());
    r.add(new LivenessChecksDependencies());
    r.add(new ProbeSelfOnly());
    r.add(new ProbeTimingVsBoot());
    r.add(new QuorumReplicasSameFailureDomain());
    r.add(new PdbAllowsQuorumLoss());
    r.add(new IdenticalTimeoutsEverywhere());
    r.add(new DistPortPubliclyExposed());
    r.add(new DistCookieLiteral());
    r.add(new DistCookieMismatch());
    // Erlang distribution, release scripts, Oban and platform single-file rules
    r.add(new GlobalOverlappingPartitionsDisabled());
    r.add(new GlobalConnectAllDisabledWithGlobalUsers());
    r.add(new NetTicktimeExtreme());
    r.add(new NetSetuptimeTooHigh());
    r.add(new DistListenRangeInvalid());
    r.add(new DistAutoConnectNeverWithoutDiscovery());
    r.add(new DistTlsMissingOptions());
    r.add(new ObanGlobalPeerNetsplit());
    r.add(new ObanCronWithoutLeader());
    r.add(new ObanCronExpressionInvalid());
    r.add(new ObanDeprecatedCronPlugin());
    r.add(new ObanTestingModeOutsideTest());
    r.add(new ReleaseMissingRuntimeTools());
    r.add(new MigrationsAtBoot());
    return List.copyOf(r);
  }
}
