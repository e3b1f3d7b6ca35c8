package dev.distlint.rules;

import dev.distlint.lint.Rule;
import dev.distlint.rules.broadway.BroadwayPartitionByNonDeterministic;
import dev.distlint.rules.cast.CastAcrossNodes;
import dev.distlint.rules.clock.ClockWallTimeForInterval;
import dev.distlint.rules.global.GlobalSingletonAlreadyStarted;
import dev.distlint.rules.pg.PgDefaultScopeNotStarted;
import dev.distlint.rules.pubsub.PubsubPresenceServerMismatch;
import dev.distlint.rules.quorum.QuorumOffByOne;
import dev.distlint.rules.ladder.LadderOverEscalation;
import dev.distlint.rules.logger.LoggerMetadataNoTraceId;
import dev.distlint.rules.multinode.MultinodeWithoutTracing;
import dev.distlint.rules.no.NoPartitionTestTooling;
import dev.distlint.rules.oban.ObanSingleSharedQueue;
import dev.distlint.rules.retry.RetryWithoutJitter;
import dev.distlint.rules.unbounded.UnboundedRetryConfig;
import dev.distlint.rules.cluster.ClusterSizeApproachingLimit;
import dev.distlint.rules.cluster.ClusterSizeExceedsFullMesh;
import dev.distlint.rules.dist.DistTlsNotEverywhere;
import dev.distlint.rules.k8s.K8sQuorumWorkloadWithoutPdb;
import dev.distlint.rules.ladder.LadderClusteringSingleReplica;
import dev.distlint.rules.net.NetTicktimeInconsistent;
import dev.distlint.rules.ra.RaDataDirEphemeral;
import dev.distlint.rules.ra.RaUnstableNodeNames;
import dev.distlint.rules.shutdown.ShutdownBudgetExceedsPlatformGrace;
import dev.distlint.rules.dist.DistCookieLiteral;
import dev.distlint.rules.dist.DistCookieMismatch;
import dev.distlint.rules.dist.DistCookieSetTwice;
import dev.distlint.rules.vmargs.VmargsVariableNotExpanded;
import dev.distlint.rules.libcluster.LibclusterTopologiesNil;
import dev.distlint.rules.dist.DistPortPubliclyExposed;
import dev.distlint.rules.yaml.YamlSyntax;
import dev.distlint.rules.toml.TomlSyntax;
import dev.distlint.rules.file.FileTooLarge;
import dev.distlint.rules.dist.DistAutoConnectNeverWithoutDiscovery;
import dev.distlint.rules.dist.DistListenRangeInvalid;
import dev.distlint.rules.dist.DistTlsMissingOptions;
import dev.distlint.rules.global.GlobalConnectAllDisabledWithGlobalUsers;
import dev.distlint.rules.global.GlobalOverlappingPartitionsDisabled;
import dev.distlint.rules.net.NetSetuptimeTooHigh;
import dev.distlint.rules.net.NetTicktimeExtreme;
import dev.distlint.rules.oban.ObanCronExpressionInvalid;
import dev.distlint.rules.oban.ObanCronWithoutLeader;
import dev.distlint.rules.oban.ObanDeprecatedCronPlugin;
import dev.distlint.rules.oban.ObanGlobalPeerNetsplit;
import dev.distlint.rules.oban.ObanTestingModeOutsideTest;
import dev.distlint.rules.migrations.MigrationsAtBoot;
import dev.distlint.rules.release.ReleaseMissingRuntimeTools;
import dev.distlint.rules.settings.SettingsUnknownKey;
import dev.distlint.rules.k8s.K8sLivenessChecksDependencies;
import dev.distlint.rules.k8s.K8sPdbAllowsQuorumLoss;
import dev.distlint.rules.k8s.K8sProbeSelfOnly;
import dev.distlint.rules.k8s.K8sProbeTimingVsBoot;
import dev.distlint.rules.k8s.K8sQuorumReplicasSameFailureDomain;
import dev.distlint.rules.k8s.K8sReadinessProbeMissing;
import dev.distlint.rules.release.ReleaseBasenameMismatch;
import dev.distlint.rules.k8s.K8sDiscoveryServiceNotHeadless;
import dev.distlint.rules.libcluster.LibclusterDnssrvNeedsStatefulset;
import dev.distlint.rules.discovery.DiscoveryDoubleConfigured;
import dev.distlint.rules.fly.FlyIpv6DistMissing;
import dev.distlint.rules.libcluster.LibclusterHostnameModeRequirements;
import dev.distlint.rules.k8s.K8sDiscoveryRbacMissing;
import dev.distlint.rules.release.ReleaseNodeHostMismatch;
import dev.distlint.rules.k8s.K8sPodIpEnvMissing;
import dev.distlint.rules.libcluster.LibclusterEndpointsVsReadiness;
import dev.distlint.rules.release.ReleaseLongnamesRequired;
import dev.distlint.rules.identical.IdenticalTimeoutsEverywhere;
import dev.distlint.rules.delta.DeltaCrdtMissingCrdtOption;
import dev.distlint.rules.delta.DeltaCrdtSyncIntervalExtreme;
import dev.distlint.rules.delta.DeltaCrdtUnknownCrdtModule;
import dev.distlint.rules.horde.HordeDynsupMissingStrategy;
import dev.distlint.rules.horde.HordeMembersNotConfigured;
import dev.distlint.rules.horde.HordeRandomDistributionUnboundedTtl;
import dev.distlint.rules.horde.HordeRegistryKeysInvalid;
import dev.distlint.rules.horde.HordeSingletonDuplicatesInNetsplit;
import dev.distlint.rules.partisan.PartisanListenPortUnset;
import dev.distlint.rules.partisan.PartisanUnknownPeerService;
import dev.distlint.rules.pubsub.PubsubBroadcastPoolLarger;
import dev.distlint.rules.pubsub.PubsubLegacyConfig;
import dev.distlint.rules.pubsub.PubsubPoolSizeNotUniform;
import dev.distlint.rules.quorum.QuorumEvenMemberCount;
import dev.distlint.rules.quorum.QuorumTooSmall;
import dev.distlint.rules.ra.RaWalSyncNone;
import dev.distlint.rules.tracker.TrackerPeriodConstraints;
import dev.distlint.rules.dnscluster.DnsclusterConfigInvalid;
import dev.distlint.rules.suppression.SuppressionExpired;
import dev.distlint.rules.suppression.SuppressionUnknownRule;
import dev.distlint.rules.suppression.SuppressionUnused;
import dev.distlint.rules.suppression.SuppressionWithoutReason;
import dev.distlint.rules.libcluster.LibclusterDevStrategyInProd;
import dev.distlint.rules.libcluster.LibclusterGossipNoSecret;
import dev.distlint.rules.libcluster.LibclusterMissingRequiredKey;
import dev.distlint.rules.libcluster.LibclusterPollingIntervalExtreme;
import dev.distlint.rules.libcluster.LibclusterStrategyNeedsDependency;
import dev.distlint.rules.libcluster.LibclusterTopologyMissingStrategy;
import dev.distlint.rules.libcluster.LibclusterUnknownStrategy;
import dev.distlint.rules.env.EnvVarNotConverted;
import dev.distlint.rules.runtime.RuntimeEnvMissingRaise;
import dev.distlint.rules.runtime.RuntimeEnvReadAtCompileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one explicit list of built-in rules. Adding a rule means adding it here, in its family's
 * section: a rule with its own class by its constructor, a rule made of its doc alone (a
 * {@code grammar:} key check) by its id.
 */
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

  /** The rule id closest to an unknown one, if any is close. */
  public static java.util.Optional<String> nearest(String unknown) {
    return dev.distlint.knowledge.Nearest.of(unknown,
        ALL.stream().map(Rule::id).toList());
  }

  private static List<Rule> build() {
    List<Rule> r = new ArrayList<>();
    // yaml
    r.add(new YamlSyntax());
    // toml
    r.add(new TomlSyntax());
    // file
    r.add(new FileTooLarge());
    // settings
    r.add(new SettingsUnknownKey(BuiltinRules::isKnown, () -> IDS));
    // k8s
    r.add(new K8sReadinessProbeMissing());
    r.add(new K8sLivenessChecksDependencies());
    r.add(new K8sProbeSelfOnly());
    r.add(new K8sProbeTimingVsBoot());
    r.add(new K8sQuorumReplicasSameFailureDomain());
    r.add(new K8sPdbAllowsQuorumLoss());
    r.add(new K8sPodIpEnvMissing());
    r.add(new K8sDiscoveryServiceNotHeadless());
    r.add(new K8sDiscoveryRbacMissing());
    r.add(new K8sQuorumWorkloadWithoutPdb());
    // identical
    r.add(new IdenticalTimeoutsEverywhere());
    // dist
    r.add(new DistPortPubliclyExposed());
    r.add(new DistCookieLiteral());
    r.add(new DistCookieMismatch());
    r.add(new DistCookieSetTwice());
    r.add(new DistListenRangeInvalid());
    r.add(new DistAutoConnectNeverWithoutDiscovery());
    r.add(new DistTlsMissingOptions());
    r.add(new DistTlsNotEverywhere());
    // horde
    r.add(new HordeSingletonDuplicatesInNetsplit());
    r.add(new HordeMembersNotConfigured());
    r.add(new HordeRegistryKeysInvalid());
    r.add(new HordeDynsupMissingStrategy());
    r.add(new HordeRandomDistributionUnboundedTtl());
    r.add(GrammarKeyRule.of("horde-unknown-option"));
    // delta
    r.add(new DeltaCrdtUnknownCrdtModule());
    r.add(new DeltaCrdtMissingCrdtOption());
    r.add(new DeltaCrdtSyncIntervalExtreme());
    r.add(GrammarKeyRule.of("delta-crdt-unknown-option"));
    // pubsub
    r.add(new PubsubPoolSizeNotUniform());
    r.add(new PubsubBroadcastPoolLarger());
    r.add(new PubsubLegacyConfig());
    r.add(new PubsubPresenceServerMismatch());
    r.add(GrammarKeyRule.of("pubsub-unknown-option"));
    // tracker
    r.add(new TrackerPeriodConstraints());
    // ra
    r.add(GrammarKeyRule.of("ra-unknown-app-env-key"));
    r.add(new RaWalSyncNone());
    r.add(new RaUnstableNodeNames());
    r.add(new RaDataDirEphemeral());
    // aten
    r.add(GrammarKeyRule.of("aten-unknown-app-env-key"));
    // quorum
    r.add(new QuorumEvenMemberCount());
    r.add(new QuorumTooSmall());
    r.add(new QuorumOffByOne());
    // partisan
    r.add(GrammarKeyRule.of("partisan-unknown-key"));
    r.add(new PartisanUnknownPeerService());
    r.add(new PartisanListenPortUnset());
    // libcluster
    r.add(new LibclusterUnknownStrategy());
    r.add(new LibclusterTopologiesNil());
    r.add(new LibclusterMissingRequiredKey());
    r.add(GrammarKeyRule.of("libcluster-unknown-config-key"));
    r.add(GrammarKeyRule.of("libcluster-unknown-topology-key"));
    r.add(new LibclusterTopologyMissingStrategy());
    r.add(new LibclusterStrategyNeedsDependency());
    r.add(new LibclusterDevStrategyInProd());
    r.add(new LibclusterGossipNoSecret());
    r.add(new LibclusterPollingIntervalExtreme());
    r.add(new LibclusterHostnameModeRequirements());
    r.add(new LibclusterDnssrvNeedsStatefulset());
    r.add(new LibclusterEndpointsVsReadiness());
    // dnscluster
    r.add(new DnsclusterConfigInvalid());
    r.add(GrammarKeyRule.of("dnscluster-unknown-option"));
    // runtime
    r.add(new RuntimeEnvReadAtCompileTime());
    r.add(new RuntimeEnvMissingRaise());
    // env
    r.add(new EnvVarNotConverted());
    // global
    r.add(new GlobalOverlappingPartitionsDisabled());
    r.add(new GlobalConnectAllDisabledWithGlobalUsers());
    r.add(new GlobalSingletonAlreadyStarted());
    // net
    r.add(new NetTicktimeExtreme());
    r.add(new NetSetuptimeTooHigh());
    r.add(new NetTicktimeInconsistent());
    // oban
    r.add(new ObanGlobalPeerNetsplit());
    r.add(new ObanCronWithoutLeader());
    r.add(new ObanCronExpressionInvalid());
    r.add(new ObanDeprecatedCronPlugin());
    r.add(new ObanTestingModeOutsideTest());
    r.add(new ObanSingleSharedQueue());
    r.add(GrammarKeyRule.of("oban-unknown-option"));
    // release
    r.add(new ReleaseMissingRuntimeTools());
    r.add(new ReleaseLongnamesRequired());
    r.add(new ReleaseBasenameMismatch());
    r.add(new ReleaseNodeHostMismatch());
    // migrations
    r.add(new MigrationsAtBoot());
    // discovery
    r.add(new DiscoveryDoubleConfigured());
    // fly
    r.add(new FlyIpv6DistMissing());
    // logger
    r.add(new LoggerMetadataNoTraceId());
    // multinode
    r.add(new MultinodeWithoutTracing());
    // no
    r.add(new NoPartitionTestTooling());
    // unbounded
    r.add(new UnboundedRetryConfig());
    // retry
    r.add(new RetryWithoutJitter());
    // ladder
    r.add(new LadderOverEscalation());
    r.add(new LadderClusteringSingleReplica());
    // clock
    r.add(new ClockWallTimeForInterval());
    // pg
    r.add(new PgDefaultScopeNotStarted());
    // cast
    r.add(new CastAcrossNodes());
    // broadway
    r.add(new BroadwayPartitionByNonDeterministic());
    // shutdown
    r.add(new ShutdownBudgetExceedsPlatformGrace());
    // cluster
    r.add(new ClusterSizeExceedsFullMesh());
    r.add(new ClusterSizeApproachingLimit());
    // vmargs
    r.add(new VmargsVariableNotExpanded());
    // suppression
    r.add(new SuppressionUnused());
    r.add(new SuppressionUnknownRule(BuiltinRules::isKnown, BuiltinRules::nearest));
    r.add(new SuppressionExpired());
    r.add(new SuppressionWithoutReason());
    return List.copyOf(r);
  }
}
