package dev.distlint.rules;

import dev.distlint.lint.Rule;
import dev.distlint.rules.code.BroadwayPartitionByNonDeterministic;
import dev.distlint.rules.code.CastAcrossNodes;
import dev.distlint.rules.code.ClockWallTimeForInterval;
import dev.distlint.rules.code.GlobalSingletonAlreadyStarted;
import dev.distlint.rules.code.PgDefaultScopeNotStarted;
import dev.distlint.rules.code.PubsubPresenceServerMismatch;
import dev.distlint.rules.code.QuorumOffByOne;
import dev.distlint.rules.heuristic.LadderOverEscalation;
import dev.distlint.rules.heuristic.LoggerMetadataNoTraceId;
import dev.distlint.rules.heuristic.MultinodeWithoutTracing;
import dev.distlint.rules.heuristic.NoPartitionTestTooling;
import dev.distlint.rules.heuristic.ObanSingleSharedQueue;
import dev.distlint.rules.heuristic.RetryWithoutJitter;
import dev.distlint.rules.heuristic.UnboundedRetryConfig;
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
import dev.distlint.rules.naming.DiscoveryBasenameMismatch;
import dev.distlint.rules.naming.DiscoveryServiceNotHeadless;
import dev.distlint.rules.naming.DnsSrvWithoutStatefulSet;
import dev.distlint.rules.naming.DoubleDiscovery;
import dev.distlint.rules.naming.FlyIpv6DistMissing;
import dev.distlint.rules.naming.HostnameModeIncomplete;
import dev.distlint.rules.naming.KubernetesApiRbacMissing;
import dev.distlint.rules.naming.NodeHostMismatch;
import dev.distlint.rules.naming.PodEnvMissing;
import dev.distlint.rules.naming.ReadinessWaitsForCluster;
import dev.distlint.rules.naming.ShortNamesForLongNameDiscovery;
import dev.distlint.rules.resilience.IdenticalTimeoutsEverywhere;
import dev.distlint.rules.state.DeltaCrdtMissingCrdtOption;
import dev.distlint.rules.state.DeltaCrdtSyncIntervalExtreme;
import dev.distlint.rules.state.DeltaCrdtUnknownCrdtModule;
import dev.distlint.rules.state.HordeDynsupMissingStrategy;
import dev.distlint.rules.state.HordeMembersNotConfigured;
import dev.distlint.rules.state.HordeRandomDistributionUnboundedTtl;
import dev.distlint.rules.state.HordeRegistryKeysInvalid;
import dev.distlint.rules.state.HordeSingletonDuplicatesInNetsplit;
import dev.distlint.rules.state.PartisanListenPortUnset;
import dev.distlint.rules.state.PartisanUnknownKey;
import dev.distlint.rules.state.PartisanUnknownPeerService;
import dev.distlint.rules.state.PubsubBroadcastPoolLarger;
import dev.distlint.rules.state.PubsubLegacyConfig;
import dev.distlint.rules.state.PubsubPoolSizeNotUniform;
import dev.distlint.rules.state.QuorumEvenMemberCount;
import dev.distlint.rules.state.QuorumTooSmall;
import dev.distlint.rules.state.RaUnknownAppEnvKey;
import dev.distlint.rules.state.RaWalSyncNone;
import dev.distlint.rules.state.TrackerPeriodConstraints;
import dev.distlint.rules.libcluster.DnsclusterConfigInvalid;
import dev.distlint.rules.libcluster.LibclusterDevStrategyInProd;
import dev.distlint.rules.libcluster.LibclusterGossipNoSecret;
import dev.distlint.rules.libcluster.LibclusterMissingRequiredKey;
import dev.distlint.rules.libcluster.LibclusterPollingIntervalExtreme;
import dev.distlint.rules.libcluster.LibclusterStrategyNeedsDependency;
import dev.distlint.rules.libcluster.LibclusterTopologyMissingStrategy;
import dev.distlint.rules.libcluster.LibclusterUnknownConfigKey;
import dev.distlint.rules.libcluster.LibclusterUnknownStrategy;
import dev.distlint.rules.runtime.EnvVarNotConverted;
import dev.distlint.rules.runtime.RuntimeEnvMissingRaise;
import dev.distlint.rules.runtime.RuntimeEnvReadAtCompileTime;
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
    r.add(new SettingsUnknownKey(BuiltinRules::isKnown, () -> IDS));
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
    // Distributed-state libraries: Horde, delta_crdt, Phoenix.PubSub/Tracker, ra, Partisan.
    r.add(new HordeSingletonDuplicatesInNetsplit());
    r.add(new HordeMembersNotConfigured());
    r.add(new HordeRegistryKeysInvalid());
    r.add(new HordeDynsupMissingStrategy());
    r.add(new HordeRandomDistributionUnboundedTtl());
    r.add(new DeltaCrdtUnknownCrdtModule());
    r.add(new DeltaCrdtMissingCrdtOption());
    r.add(new DeltaCrdtSyncIntervalExtreme());
    r.add(new PubsubPoolSizeNotUniform());
    r.add(new PubsubBroadcastPoolLarger());
    r.add(new PubsubLegacyConfig());
    r.add(new TrackerPeriodConstraints());
    r.add(new RaUnknownAppEnvKey());
    r.add(new RaWalSyncNone());
    r.add(new QuorumEvenMemberCount());
    r.add(new QuorumTooSmall());
    r.add(new PartisanUnknownKey());
    r.add(new PartisanUnknownPeerService());
    r.add(new PartisanListenPortUnset());
    // libcluster, DNSCluster and runtime configuration
    r.add(new LibclusterUnknownStrategy());
    r.add(new LibclusterMissingRequiredKey());
    r.add(new LibclusterUnknownConfigKey());
    r.add(new LibclusterTopologyMissingStrategy());
    r.add(new LibclusterStrategyNeedsDependency());
    r.add(new LibclusterDevStrategyInProd());
    r.add(new LibclusterGossipNoSecret());
    r.add(new LibclusterPollingIntervalExtreme());
    r.add(new DnsclusterConfigInvalid());
    r.add(new RuntimeEnvReadAtCompileTime());
    r.add(new RuntimeEnvMissingRaise());
    r.add(new EnvVarNotConverted());
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
    // Cross-file node naming and discovery (release, config, Kubernetes, Fly).
    r.add(new ShortNamesForLongNameDiscovery());
    r.add(new DiscoveryBasenameMismatch());
    r.add(new NodeHostMismatch());
    r.add(new PodEnvMissing());
    r.add(new HostnameModeIncomplete());
    r.add(new DnsSrvWithoutStatefulSet());
    r.add(new DiscoveryServiceNotHeadless());
    r.add(new KubernetesApiRbacMissing());
    r.add(new ReadinessWaitsForCluster());
    r.add(new DoubleDiscovery());
    r.add(new FlyIpv6DistMissing());
    // Heuristic configuration rules and code rules on lib/**/*.ex
    r.add(new LoggerMetadataNoTraceId());
    r.add(new MultinodeWithoutTracing());
    r.add(new NoPartitionTestTooling());
    r.add(new UnboundedRetryConfig());
    r.add(new RetryWithoutJitter());
    r.add(new ObanSingleSharedQueue());
    r.add(new LadderOverEscalation());
    r.add(new QuorumOffByOne());
    r.add(new ClockWallTimeForInterval());
    r.add(new PgDefaultScopeNotStarted());
    r.add(new PubsubPresenceServerMismatch());
    r.add(new GlobalSingletonAlreadyStarted());
    r.add(new CastAcrossNodes());
    r.add(new BroadwayPartitionByNonDeterministic());
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
