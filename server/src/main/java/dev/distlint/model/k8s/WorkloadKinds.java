package dev.distlint.model.k8s;

import java.util.Set;

/**
 * The one list of Kubernetes kinds that run pods, and which of them keep their pods running as
 * members of a cluster. Every rule, fact and editor feature that looks at workloads asks here, so
 * a kind added to the list (an operator's own workload type) is seen everywhere at once.
 */
public final class WorkloadKinds {
  /**
   * Kinds whose pods run until stopped and whose pod count is {@code spec.replicas}: the core
   * controllers, Argo Rollouts ({@code argoproj.io}) and OpenShift DeploymentConfigs
   * ({@code apps.openshift.io}).
   */
  private static final Set<String> REPLICATED = Set.of("Deployment", "StatefulSet", "ReplicaSet",
      "ReplicationController", "Rollout", "DeploymentConfig");

  /** Long-running kinds whose pod count is not a replica count: one pod per node, or one pod. */
  private static final Set<String> OTHER_LONG_RUNNING = Set.of("DaemonSet", "Pod");

  /** Kinds whose pods run to completion: they are never long-running members of a cluster. */
  private static final Set<String> RUN_TO_COMPLETION = Set.of("Job", "CronJob");

  private WorkloadKinds() {
  }

  /** True for every kind that runs pods. */
  public static boolean runsPods(String kind) {
    return isLongRunning(kind) || RUN_TO_COMPLETION.contains(kind);
  }

  /** True for kinds whose pods run until stopped (not Jobs or CronJobs). */
  public static boolean isLongRunning(String kind) {
    return REPLICATED.contains(kind) || OTHER_LONG_RUNNING.contains(kind);
  }

  /** True for kinds that run {@code spec.replicas} identical pods (1 when unset). */
  public static boolean isReplicated(String kind) {
    return REPLICATED.contains(kind);
  }
}
