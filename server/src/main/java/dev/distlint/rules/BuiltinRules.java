package dev.distlint.rules;

import dev.distlint.lint.Rule;
import dev.distlint.rules.cluster.ClusterSizeApproachingLimit;
import dev.distlint.rules.cluster.ClusterSizeExceedsFullMesh;
import dev.distlint.rules.cluster.DistTlsNotEverywhere;
import dev.distlint.rules.cluster.K8sQuorumWorkloadWithoutPdb;
import dev.distlint.rules.cluster.LadderClusteringSingleReplica;
import dev.distlint.rules.cluster.NetTicktimeInconsistent;
import dev.distlint.rules.cluster.RaDataDirEphemeral;
import dev.distlint.rules.cluster.RaUnstableNodeNames;
import dev.distlint.rules.cluster.ShutdownBudgetExceedsPlatformGrace;
import dev.distlint.rules.dist.DistCookieLiteral;
import dev.distlint.rules.dist.DistCookieMismatch;
import dev.distlint.rules.dist.DistPortPubliclyExposed;
import dev.distlint.rules.general.ProblemRule;
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
    // Cross-file, cluster-wide rules.
    r.add(new K8sQuorumWorkloadWithoutPdb());
    r.add(new ShutdownBudgetExceedsPlatformGrace());
    r.add(new NetTicktimeInconsistent());
    r.add(new DistTlsNotEverywhere());
    r.add(new ClusterSizeExceedsFullMesh());
    r.add(new ClusterSizeApproachingLimit());
    r.add(new LadderClusteringSingleReplica());
    r.add(new RaUnstableNodeNames());
    r.add(new RaDataDirEphemeral());
    return List.copyOf(r);
  }
}
